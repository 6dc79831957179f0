Feature: The presence login-ok shows (S11, S12)
  The contact list a device gets at login shows each other device online or offline as it is at
  that moment, like device-list does later.

  # REQ-DEVICE-006: The presence of a device MUST be `online` exactly when the device has a
  # logged-in session.
  @REQ-DEVICE-006 @S12 @must @profile-core
  Scenario: login-ok shows online the devices that are, and offline those that are not
    Given account A is logged in on a PC and a phone
    And the phone logs out
    When a TV of account A logs in with the password
    Then the TV was told at login that <account>-PC-1 is online
    And the TV was told at login that <account>-MP-1 is offline
