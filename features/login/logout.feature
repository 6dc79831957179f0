Feature: Logout
  A device ends its session with logout: it stays registered and logs in again with its
  credential, or, when it removes itself, its credential dies.

  # REQ-LOGIN-020: A server MUST answer a logout with ok and then close the connection with close
  # code 1000.
  @REQ-LOGIN-020 @must @profile-core
  Scenario: A logout is answered with ok, then the connection closes normally
    Given account A is logged in on a PC
    When the PC logs out
    Then the PC's logout is answered with ok and the connection closed with close code 1000

  # REQ-LOGIN-020: A server MUST answer a logout with ok and then close the connection with close
  # code 1000.
  @REQ-LOGIN-020 @must @profile-core
  Scenario: A logout that removes the device is answered with ok, then the connection closes normally
    Given account A is logged in on a PC
    When the PC logs out and removes itself
    Then the PC's logout is answered with ok and the connection closed with close code 1000

  # REQ-LOGIN-021: A server MUST refuse every later login with the credential of a device removed
  # by logout with the error `bad-credential`.
  @REQ-LOGIN-021 @must @profile-core
  Scenario: The credential of a removed device is refused
    Given account A is logged in on a PC and a phone
    When the phone logs out and removes itself
    And the phone logs in again with its device credential
    Then the phone is refused with the error bad-credential
