Feature: The primary device revokes a device (claim 5)
  A revoked device is removed as one that logs out for good: the others are told, what waits for
  it becomes undeliverable, its address is free again. Its session ends and its credential dies.

  # REQ-PRIMARY-007: A server MUST answer a revoke-device from the primary device that names
  # another device of its account with ok and remove that device.
  @REQ-PRIMARY-007 @claim5 @must @profile-core
  Scenario: The primary device revokes the TV and the other devices are told it was removed
    Given account A is logged in on a PC, a phone and a TV
    When the PC revokes <account>-TV-1
    Then the PC's revoke-device is answered with ok
    And the phone is told device <account>-TV-1 was removed
    And the phone's contact list holds exactly <account>-PC-1
    And the PC's contact list holds exactly <account>-MP-1

  # REQ-PRIMARY-007: A server MUST answer a revoke-device from the primary device that names
  # another device of its account with ok and remove that device.
  @REQ-PRIMARY-007 @claim5 @must @profile-core
  Scenario: An offline device is revoked and its address is free again
    Given account A is logged in on a PC and a TV
    When the TV logs out
    And the PC revokes <account>-TV-1
    Then the PC's revoke-device is answered with ok
    When a second TV of account A logs in with the password
    Then the second TV is told its address is <account>-TV-1

  # REQ-PRIMARY-007: A server MUST answer a revoke-device from the primary device that names
  # another device of its account with ok and remove that device.
  @REQ-PRIMARY-007 @claim5 @must @profile-core
  Scenario: A message waiting for a revoked device becomes undeliverable
    Given account A is logged in on a PC and a TV
    When the TV logs out
    And the PC sends "Recording at eight." to <account>-TV-1
    And the PC revokes <account>-TV-1
    Then the PC's revoke-device is answered with ok
    And the PC is told the message to <account>-TV-1 is undeliverable as the device was removed

  # REQ-PRIMARY-008: A server MUST end the session of a revoked device with the error
  # `device-revoked` and close code 4403.
  @REQ-PRIMARY-008 @claim5 @must @profile-core
  Scenario: The revoked phone's session ends with device-revoked
    Given account A is logged in on a PC and a phone
    When the PC revokes <account>-MP-1
    Then the phone's session ends with the fatal error device-revoked and close code 4403

  # REQ-PRIMARY-009: A server MUST refuse every later login with the credential of a revoked device
  # with the error `bad-credential`.
  @REQ-PRIMARY-009 @claim5 @must @profile-core
  Scenario: A revoked phone's credential no longer logs in
    Given account A is logged in on a PC and a phone
    When the PC revokes <account>-MP-1
    And the phone logs in again with its device credential
    Then the phone is refused with the error bad-credential

  # REQ-PRIMARY-009: A server MUST refuse every later login with the credential of a revoked device
  # with the error `bad-credential`.
  @REQ-PRIMARY-009 @claim5 @must @profile-core
  Scenario: The credential of a revoked device does not log in the device that took its address
    Given account A is logged in on a PC and a TV
    When the PC revokes <account>-TV-1
    And a second TV of account A logs in with the password
    And the TV logs in again with its device credential
    Then the second TV is told its address is <account>-TV-1
    And the TV is refused with the error bad-credential
