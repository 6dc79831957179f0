Feature: The primary device sets the policies of the account's devices (claim 5)
  Only the primary device sets a device's policy: how it handles arriving messages and transfers,
  and the largest file it takes. The device is sent its settings at once, and the server applies
  the policy to what is sent to it from then on.

  # REQ-PRIMARY-001: A server MUST answer a set-policy from the primary device that names a device
  # of its account with ok and apply the policy to every later message and offer to that device.
  @REQ-PRIMARY-001 @claim5 @must @profile-core
  Scenario: The primary device stops messages to the phone
    Given account A is logged in on a PC, a phone and a TV
    When the PC sets the policy of <account>-MP-1 to transfers ask and messages reject
    Then the PC's set-policy is answered with ok
    When the TV sends "Are you there?" to <account>-MP-1
    Then the TV's send is refused with the error refused-by-policy

  # REQ-PRIMARY-001: A server MUST answer a set-policy from the primary device that names a device
  # of its account with ok and apply the policy to every later message and offer to that device.
  @REQ-PRIMARY-001 @claim5 @must @profile-core
  Scenario: A later policy that accepts messages lets them through again
    Given account A is logged in on a PC and a phone
    When the PC sets the policy of <account>-MP-1 to transfers ask and messages reject
    And the PC sets the policy of <account>-MP-1 to transfers direct and messages accept
    Then the PC's set-policy is answered with ok
    When the PC sends "Back on." to <account>-MP-1
    Then the PC is told the message was accepted
    And the phone shows a message from <account>-PC-1 saying "Back on."

  # REQ-PRIMARY-001: A server MUST answer a set-policy from the primary device that names a device
  # of its account with ok and apply the policy to every later message and offer to that device.
  @REQ-PRIMARY-001 @claim5 @must @profile-core
  Scenario: The primary device may set its own policy
    Given account A is logged in on a PC and a phone
    When the PC sets the policy of <account>-PC-1 to transfers ask and messages reject
    Then the PC's set-policy is answered with ok
    When the phone sends "Hello PC." to <account>-PC-1
    Then the phone's send is refused with the error refused-by-policy

  # REQ-PRIMARY-002: A server MUST refuse a set-policy, revoke-device or make-primary from a
  # secondary device with the error `not-primary` and change nothing.
  # REQ-PERM-010: Every settings frame a server sends MUST show the settings of the device it is
  # sent to as they are when it is sent.
  @REQ-PRIMARY-002 @claim5 @REQ-PERM-010 @must @profile-core
  Scenario: A secondary device cannot set a policy
    Given account A is logged in on a PC, a phone and a TV
    When the phone sets the policy of <account>-TV-1 to transfers reject and messages reject
    Then the phone's set-policy is refused with the error not-primary
    And the TV is sent no settings with the policy transfers reject
    When the TV asks for its settings
    Then the TV is answered with its settings: role secondary, receive direct, policy transfers direct and messages accept

  # REQ-PRIMARY-002: A server MUST refuse a set-policy, revoke-device or make-primary from a
  # secondary device with the error `not-primary` and change nothing.
  @REQ-PRIMARY-002 @claim5 @must @profile-core
  Scenario: A secondary device cannot revoke a device
    Given account A is logged in on a PC, a phone and a TV
    When the phone revokes <account>-TV-1
    Then the phone's revoke-device is refused with the error not-primary
    And the PC's contact list holds exactly <account>-MP-1 and <account>-TV-1
    And the PC's contact list shows <account>-TV-1 as online

  # REQ-PRIMARY-002: A server MUST refuse a set-policy, revoke-device or make-primary from a
  # secondary device with the error `not-primary` and change nothing.
  # REQ-PERM-010: Every settings frame a server sends MUST show the settings of the device it is
  # sent to as they are when it is sent.
  @REQ-PRIMARY-002 @claim5 @REQ-PERM-010 @must @profile-core
  Scenario: A secondary device cannot make itself primary
    Given account A is logged in on a PC, a phone and a TV
    When the phone makes <account>-MP-1 primary
    Then the phone's make-primary is refused with the error not-primary
    And the TV's contact list shows <account>-PC-1 as primary
    And the TV's contact list shows <account>-MP-1 as secondary
    And the phone is sent no settings with the role primary

  # REQ-PRIMARY-003: A server MUST send the settings frame of a device to that device at once when
  # its policy, role or label changes while it is online.
  # REQ-PERM-010: Every settings frame a server sends MUST show the settings of the device it is
  # sent to as they are when it is sent.
  @REQ-PRIMARY-003 @claim5 @REQ-PERM-010 @must @profile-core
  Scenario: A phone is sent its new policy at once, and no other device is sent it as its own
    Given account A is logged in on a PC, a phone and a TV
    When the PC sets the policy of <account>-MP-1 to transfers ask, messages accept and maxFileBytes 104857600
    Then the phone is sent its settings with the policy transfers ask, messages accept and maxFileBytes 104857600
    And the TV is sent no settings with the policy transfers ask

  # REQ-PRIMARY-003: A server MUST send the settings frame of a device to that device at once when
  # its policy, role or label changes while it is online.
  @REQ-PRIMARY-003 @claim5 @must @profile-core
  Scenario: A device renamed by another device is sent its new label
    Given account A is logged in on a PC and a phone
    When the PC renames <account>-MP-1 to "Kitchen phone"
    Then the phone is sent its settings with the label "Kitchen phone"

  # REQ-PRIMARY-003: A server MUST send the settings frame of a device to that device at once when
  # its policy, role or label changes while it is online.
  # REQ-PERM-010: Every settings frame a server sends MUST show the settings of the device it is
  # sent to as they are when it is sent.
  @REQ-PRIMARY-003 @claim5 @REQ-PERM-010 @must @profile-core
  Scenario: Both devices of a handover are sent their new roles
    Given account A is logged in on a PC, a phone and a TV
    When the PC makes <account>-MP-1 primary
    Then the phone is sent its settings with the role primary
    And the PC is sent its settings with the role secondary
    And the TV is sent no settings with the role primary

  # REQ-PRIMARY-003: A server MUST send the settings frame of a device to that device at once when
  # its policy, role or label changes while it is online.
  @REQ-PRIMARY-003 @claim5 @must @profile-core
  Scenario: The device that becomes primary when the primary leaves is sent its role
    Given account A is logged in on a PC, a TV and a phone
    When the PC logs out and removes itself
    Then the TV is sent its settings with the role primary

  # REQ-PRIMARY-004: A server MUST refuse a send to a device whose policy has `messages` `reject`
  # with the error `refused-by-policy`, and leave such devices out of a send to `*`.
  @REQ-PRIMARY-004 @claim5 @must @profile-core
  Scenario: A send to a device that takes no messages is refused
    Given account A is logged in on a PC and a phone
    When the PC sets the policy of <account>-MP-1 to transfers direct and messages reject
    And the PC sends "Call me." to <account>-MP-1
    Then the PC's send is refused with the error refused-by-policy
    And the phone is shown no further message

  # REQ-PRIMARY-004: A server MUST refuse a send to a device whose policy has `messages` `reject`
  # with the error `refused-by-policy`, and leave such devices out of a send to `*`.
  @REQ-PRIMARY-004 @claim5 @must @profile-core
  Scenario: A send to all leaves out the devices that take no messages
    Given account A is logged in on a PC, a phone and a TV
    When the PC sets the policy of <account>-MP-1 to transfers direct and messages reject
    And the TV sends "Dinner is ready." to all its other devices
    Then the TV is told the message was accepted for <account>-PC-1
    And the PC shows a message from <account>-TV-1 saying "Dinner is ready."
    And the phone is shown no further message

  # REQ-PRIMARY-005: A server MUST refuse a set-policy, revoke-device or make-primary that names an
  # address that is not a device of the caller's account with the error `unknown-device`.
  @REQ-PRIMARY-005 @must @profile-core
  Scenario: The primary device names an address its account does not have
    Given account A is logged in on a PC and a phone
    When the PC sets the policy of <account>-TV-7 to transfers reject and messages reject
    Then the PC's set-policy is refused with the error unknown-device
    When the PC revokes <account>-TV-7
    Then the PC's revoke-device is refused with the error unknown-device
    When the PC makes <account>-TV-7 primary
    Then the PC's make-primary is refused with the error unknown-device

  # REQ-PRIMARY-005: A server MUST refuse a set-policy, revoke-device or make-primary that names an
  # address that is not a device of the caller's account with the error `unknown-device`.
  # REQ-PERM-010: Every settings frame a server sends MUST show the settings of the device it is
  # sent to as they are when it is sent.
  @REQ-PRIMARY-005 @REQ-PERM-010 @must @profile-core
  Scenario: The primary device names a device of another account
    Given account A is logged in on a PC
    And account B is logged in on a PC and a phone
    When the PC of account A sets the policy of <account B>-MP-1 to transfers reject and messages reject
    Then the PC of account A's set-policy is refused with the error unknown-device
    And the phone of account B is sent no settings with the policy transfers reject
    When the PC of account A revokes <account B>-MP-1
    Then the PC of account A's revoke-device is refused with the error unknown-device
    When the PC of account A makes <account B>-MP-1 primary
    Then the PC of account A's make-primary is refused with the error unknown-device
    And the PC of account B's contact list shows <account B>-MP-1 as secondary

  # REQ-PRIMARY-006: A server MUST keep each device's policy and own setting across the device's
  # sessions.
  @REQ-PRIMARY-006 @must @profile-core
  Scenario: A phone's policy and own setting outlast its session
    Given account A is logged in on a PC and a phone
    When the phone sets its own receive permission to reject
    And the PC sets the policy of <account>-MP-1 to transfers ask and messages reject
    And the phone logs out
    And the phone logs in again with its device credential
    And the phone asks for its settings
    Then the phone is answered with its settings: role secondary, receive reject, policy transfers ask and messages reject

  # REQ-PRIMARY-006: A server MUST keep each device's policy and own setting across the device's
  # sessions.
  @REQ-PRIMARY-006 @must @profile-core
  Scenario: A policy set while the device is offline is there when it logs in
    Given account A is logged in on a PC and a phone
    When the phone logs out
    And the PC sets the policy of <account>-MP-1 to transfers reject and messages accept
    Then the PC's set-policy is answered with ok
    When the phone logs in again with its device credential
    And the phone asks for its settings
    Then the phone is answered with its settings: role secondary, receive direct, policy transfers reject and messages accept

  # REQ-PRIMARY-013: A server MUST refuse a revoke-device or make-primary that names the asking
  # device itself with the error `unknown-device`.
  @REQ-PRIMARY-013 @must @profile-core
  Scenario: The primary device cannot revoke itself or hand the role to itself
    Given account A is logged in on a PC and a phone
    When the PC revokes <account>-PC-1
    Then the PC's revoke-device is refused with the error unknown-device
    When the PC makes <account>-PC-1 primary
    Then the PC's make-primary is refused with the error unknown-device
    And the phone's contact list shows <account>-PC-1 as primary
