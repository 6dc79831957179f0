Feature: A device's own settings (S63)
  A device asks for its settings: its role, its label, its own receive setting and the policy its
  primary device set for it. It sets its own receive setting, which the server keeps.

  # REQ-PERM-007: A server MUST answer a get-settings with the settings frame of the asking device.
  @REQ-PERM-007 @must @profile-core
  Scenario: A new secondary device has the settings that restrict nothing
    Given account A is logged in on a PC and a phone
    When the phone asks for its settings
    Then the phone is answered with its settings: role secondary, receive direct, policy transfers direct and messages accept

  # REQ-PERM-007: A server MUST answer a get-settings with the settings frame of the asking device.
  @REQ-PERM-007 @must @profile-core
  Scenario: The first device of the account is told it is primary
    Given account A is logged in on a PC
    When the PC asks for its settings
    Then the PC is answered with its settings: role primary, receive direct, policy transfers direct and messages accept

  # REQ-PERM-006: A server MUST answer a set-receive with the device's settings frame showing the
  # new `receive`, and apply it to every later offer to that device.
  @REQ-PERM-006 @S63 @must @profile-core
  Scenario: A phone limits its own receive permission to ask
    Given account A is logged in on a PC and a phone
    When the phone sets its own receive permission to ask
    Then the phone is answered with its settings: role secondary, receive ask, policy transfers direct and messages accept
    When the phone asks for its settings
    Then the phone is answered with its settings: role secondary, receive ask, policy transfers direct and messages accept

  # REQ-PERM-006: A server MUST answer a set-receive with the device's settings frame showing the
  # new `receive`, and apply it to every later offer to that device.
  @REQ-PERM-006 @S63 @must @profile-core
  Scenario: A device that set reject can go back to direct
    Given account A is logged in on a PC and a phone
    When the phone sets its own receive permission to reject
    And the phone sets its own receive permission to direct
    Then the phone is answered with its settings: role secondary, receive direct, policy transfers direct and messages accept
