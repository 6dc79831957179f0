Feature: The account's devices as contacts (S11, S12)
  Each device sees every other registered device of its account as a contact, with its presence
  and role, and never a device of another account.

  # REQ-DEVICE-004: The devices of login-ok and device-list MUST be every other registered device of
  # the account.
  @REQ-DEVICE-004 @S11 @S12 @must @profile-core
  Scenario: Every device's list shows the account's other devices and not itself
    Given account A is logged in on a PC, a phone and a TV
    Then the PC's contact list holds exactly <account>-MP-1 and <account>-TV-1
    And the phone's contact list holds exactly <account>-PC-1 and <account>-TV-1
    And the TV's contact list holds exactly <account>-PC-1 and <account>-MP-1
    And the TV was told at login the devices <account>-PC-1 and <account>-MP-1
    And the PC was told at login no devices

  # REQ-DEVICE-004: The devices of login-ok and device-list MUST be every other registered device of
  # the account.
  @REQ-DEVICE-004 @S11 @S12 @must @profile-core
  Scenario: Devices that are offline stay in the list, removed ones leave it
    Given account A is logged in on a PC, a phone and a TV
    When the TV logs out
    And the phone logs out and removes itself
    Then the PC's contact list holds exactly <account>-TV-1
    When a tablet of account A logs in with the password
    Then the tablet was told at login the devices <account>-PC-1 and <account>-TV-1

  # REQ-DEVICE-005: A server MUST NOT list, or report an event about, a device of another account.
  @REQ-DEVICE-005 @S12 @must @profile-core
  Scenario: A device of another account is never listed and its events go nowhere else
    Given account A is logged in on a PC
    And account B is logged in on a PC
    When a phone of account A logs in with the password
    Then the PC of account A is told device <account>-MP-1 was added
    And the PC of account B is sent no device-event about a device of account A
    And the PC of account B's contact list holds no device of account A
    And the phone was told at login the devices <account>-PC-1

  # REQ-DEVICE-006: The presence of a device MUST be `online` exactly when the device has a
  # logged-in session.
  @REQ-DEVICE-006 @S12 @must @profile-core
  Scenario: A device is online while it has a session, offline after
    Given account A is logged in on a PC, a phone and a TV
    Then the PC's contact list shows <account>-MP-1 as online
    And the PC is told at login that it is online
    When the phone logs out
    And the TV's connection ends
    Then the PC's contact list shows <account>-MP-1 as offline
    And the PC's contact list shows <account>-TV-1 as offline
    When the phone logs in again with its device credential
    Then the PC's contact list shows <account>-MP-1 as online

  # REQ-DEVICE-007: A device MUST be registered with the role `primary` when the account has no
  # other device, and with the role `secondary` otherwise.
  @REQ-DEVICE-007 @claim5 @must @profile-core
  Scenario: The first device is primary, the later ones secondary
    Given account A is logged in on a PC, a phone and a TV
    Then the PC is told at login that it is primary
    And the phone is told at login that it is secondary
    And the TV's contact list shows <account>-PC-1 as primary
    And the TV's contact list shows <account>-MP-1 as secondary
    And the PC's contact list shows <account>-TV-1 as secondary

  # REQ-DEVICE-008: When the primary device is removed, a server MUST give the role `primary` to the
  # remaining device registered earliest.
  @REQ-DEVICE-008 @claim5 @must @profile-core
  Scenario: When the primary device is removed the earliest remaining one becomes primary
    Given account A is logged in on a PC, a TV and a phone
    When the PC logs out and removes itself
    Then the phone's contact list shows <account>-TV-1 as primary
    When the TV logs out and removes itself
    And a tablet of account A logs in with the password
    Then the tablet's contact list shows <account>-MP-1 as primary
