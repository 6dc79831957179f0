Feature: Registering and resuming devices (S24)
  A password login registers a new device and gives it a device credential; the device logs in
  with that credential from then on and gets its own address back.

  # REQ-LOGIN-006: A password login MUST register a new device and carry its device credential in
  # login-ok.
  @REQ-LOGIN-006 @S24 @must @profile-core
  Scenario: A password login registers a new device with its own credential
    Given account A is logged in on a PC
    When a phone of account A logs in with the password
    Then the phone is told its address is <account>-MP-1
    And the phone is given a device credential of its own

  # REQ-LOGIN-006: A password login MUST register a new device and carry its device credential in
  # login-ok.
  @REQ-LOGIN-006 @S24 @must @profile-core
  Scenario: A PC that lost its credential and logs in with the password becomes a new device
    Given account A is logged in on a PC
    When the PC logs out
    And a second PC of account A logs in with the password
    Then the second PC is told its address is <account>-PC-2
    And the second PC is given a device credential of its own

  # REQ-LOGIN-007: A device credential login MUST resume the device with its registered address
  # and carry no credential in login-ok.
  @REQ-LOGIN-007 @S24 @must @profile-core
  Scenario: A device that logs in again with its credential gets its own address back
    Given account A is logged in on a PC, a phone and a TV
    When the phone logs out
    And a second phone of account A logs in with the password
    And the phone logs in again with its device credential
    Then the phone is told its address is <account>-MP-1 and gets no new credential
    And the second phone's address is <account>-MP-2

  # REQ-LOGIN-008: A server MUST refuse a password login with the error `too-many-devices` when
  # the account already has `maxDevicesPerAccount` registered devices.
  @REQ-LOGIN-008 @S26 @must @profile-core
  Scenario: A password login beyond maxDevicesPerAccount devices is refused
    Given account A has maxDevicesPerAccount devices registered
    When a phone of account A logs in with the password
    Then the phone is refused with the error too-many-devices

  # REQ-LOGIN-009: A server MUST end the earlier session of a device that logs in again with the
  # fatal error `session-replaced` and close code 4409.
  @REQ-LOGIN-009 @must @profile-core
  Scenario: A device that logs in again on a new connection replaces its earlier session
    Given account A is logged in on a PC
    When the PC logs in again with its device credential on a new connection
    Then the PC's earlier connection receives the fatal error session-replaced
    And the PC's earlier connection is closed with close code 4409 and reason session-replaced
    And the PC is told its address is <account>-PC-1 and gets no new credential
