Feature: Device events (S12)
  Every change to an account's devices reaches every other online device of the account, so that
  all their contact lists agree.

  # REQ-DEVICE-009: A server MUST send a device-event `added` to every other online device of the
  # account when it registers a device.
  @REQ-DEVICE-009 @S12 @must @profile-core
  Scenario: A new device is announced to every other online device
    Given account A is logged in on a PC and a TV
    When a phone of account A logs in with the password
    Then the phone is told its address is <account>-MP-1 and that the account is in multi-point login
    And the PC is told device <account>-MP-1 was added
    And the TV is told device <account>-MP-1 was added

  # REQ-DEVICE-010: A server MUST send a device-event `online` to every other online device of the
  # account when a registered device logs in again.
  @REQ-DEVICE-010 @S12 @must @profile-core
  Scenario: A device that logs in again is announced as online
    Given account A is logged in on a PC, a phone and a TV
    When the phone logs out
    And the phone logs in again with its device credential
    Then the PC is told device <account>-MP-1 came online
    And the TV is told device <account>-MP-1 came online

  # REQ-DEVICE-011: A server MUST send a device-event `offline` to every other online device of the
  # account when a device's session ends.
  @REQ-DEVICE-011 @S12 @must @profile-core
  Scenario: A device that logs out is announced as offline
    Given account A is logged in on a PC, a phone and a TV
    When the phone logs out
    Then the PC is told device <account>-MP-1 went offline
    And the TV is told device <account>-MP-1 went offline

  # REQ-DEVICE-011: A server MUST send a device-event `offline` to every other online device of the
  # account when a device's session ends.
  @REQ-DEVICE-011 @S12 @must @profile-core
  Scenario: A device whose connection ends is announced as offline
    Given account A is logged in on a PC, a phone and a TV
    When the phone's connection ends
    Then the PC is told device <account>-MP-1 went offline
    And the TV is told device <account>-MP-1 went offline

  # REQ-DEVICE-012: A server MUST send a device-event `updated` to every other online device of the
  # account when a device's label changes.
  @REQ-DEVICE-012 @S12 @must @profile-core
  Scenario: A device's new label is announced
    Given account A is logged in on a PC, a phone and a TV
    When the phone renames itself to "Li's old phone"
    Then the PC is told device <account>-MP-1 was updated with the label "Li's old phone"
    And the TV is told device <account>-MP-1 was updated with the label "Li's old phone"

  # REQ-DEVICE-013: A server MUST send a device-event `removed` to every other online device of the
  # account when a device is removed.
  @REQ-DEVICE-013 @S12 @must @profile-core
  Scenario: A removed device is announced
    Given account A is logged in on a PC, a phone and a TV
    When the phone logs out and removes itself
    Then the PC is told device <account>-MP-1 was removed
    And the TV is told device <account>-MP-1 was removed
