Feature: The primary device hands over its role (claim 5)
  The primary device makes another device of the account primary and becomes secondary; every
  other online device is told of both changes.

  # REQ-PRIMARY-011: A server MUST answer a make-primary from the primary device that names another
  # device of its account with ok, make that device primary and the asking device secondary.
  @REQ-PRIMARY-011 @claim5 @must @profile-core
  Scenario: The PC hands the primary role to the phone
    Given account A is logged in on a PC, a phone and a TV
    When the PC makes <account>-MP-1 primary
    Then the PC's make-primary is answered with ok
    And the TV's contact list shows <account>-MP-1 as primary
    And the TV's contact list shows <account>-PC-1 as secondary
    When the phone sets the policy of <account>-TV-1 to transfers ask and messages accept
    Then the phone's set-policy is answered with ok
    When the PC sets the policy of <account>-TV-1 to transfers reject and messages reject
    Then the PC's set-policy is refused with the error not-primary

  # REQ-PRIMARY-011: A server MUST answer a make-primary from the primary device that names another
  # device of its account with ok, make that device primary and the asking device secondary.
  @REQ-PRIMARY-011 @claim5 @must @profile-core
  Scenario: The role handed to an offline device is there when it logs in
    Given account A is logged in on a PC and a phone
    When the phone logs out
    And the PC makes <account>-MP-1 primary
    Then the PC's make-primary is answered with ok
    When the phone logs in again with its device credential
    Then the phone is told at login that it is primary
    And the phone's contact list shows <account>-PC-1 as secondary

  # REQ-PRIMARY-012: After a change of role, a server MUST send a device-event `updated` for each
  # device whose role changed to every other online device of the account.
  @REQ-PRIMARY-012 @claim5 @must @profile-core
  Scenario: Every other online device is told of both changes of role
    Given account A is logged in on a PC, a phone and a TV
    When the PC makes <account>-MP-1 primary
    Then the TV is told device <account>-MP-1 was updated with the role primary
    And the TV is told device <account>-PC-1 was updated with the role secondary
    And the PC is told device <account>-MP-1 was updated with the role primary
    And the phone is told device <account>-PC-1 was updated with the role secondary
