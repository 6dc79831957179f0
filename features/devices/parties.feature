Feature: Every party told of a change to a device (S12, claim 5)
  A change to a device is told to every other online device of the account: the device that made
  it (the actor) and those that only look on (the bystanders), whether the device changed is online
  or not; the device changed learns of it from its settings, never from an event about itself.

  # REQ-DEVICE-012: A server MUST send a device-event `updated` to every other online device of the
  # account when a device's label changes.
  @REQ-DEVICE-012 @S12 @must @profile-core
  Scenario: A device renamed by another is announced to the renamer and to the bystander
    Given account A is logged in on a PC, a phone and a TV
    When the PC renames <account>-MP-1 to "Li's old phone"
    Then the PC is told device <account>-MP-1 was updated with the label "Li's old phone"
    And the TV is told device <account>-MP-1 was updated with the label "Li's old phone"
    And the phone is sent its settings with the label "Li's old phone"

  # REQ-DEVICE-012: A server MUST send a device-event `updated` to every other online device of the
  # account when a device's label changes.
  @REQ-DEVICE-012 @S12 @must @profile-core
  Scenario: A device that renames itself is sent its settings and no event about itself
    Given account A is logged in on a PC and a phone
    When the phone renames itself to "Li's old phone"
    Then the PC is told device <account>-MP-1 was updated with the label "Li's old phone"
    And the phone is sent its settings with the label "Li's old phone"
    And the phone is sent no device-event about itself

  # REQ-DEVICE-013: A server MUST send a device-event `removed` to every other online device of the
  # account when a device is removed.
  @REQ-DEVICE-013 @claim5 @must @profile-core
  Scenario: A device revoked while offline is announced to the revoker and to the bystander
    Given account A is logged in on a PC, a phone and a TV
    When the TV logs out
    And the PC revokes <account>-TV-1
    Then the PC's revoke-device is answered with ok
    And the PC is told device <account>-TV-1 was removed
    And the phone is told device <account>-TV-1 was removed

  # REQ-PRIMARY-012: After a change of role, a server MUST send a device-event `updated` for each
  # device whose role changed to every other online device of the account.
  @REQ-PRIMARY-012 @claim5 @must @profile-core
  Scenario: When the primary device leaves, the others are told which device became primary
    Given account A is logged in on a PC, a TV and a phone
    When the PC logs out and removes itself
    Then the phone is told device <account>-TV-1 was updated with the role primary
    And the TV is sent its settings with the role primary
