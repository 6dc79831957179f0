@client
Feature: The account's devices seen from the client
  Each device sees the account's other devices as contacts (S11, S12); many of them are shown as one
  group (S31 to S33).

  # REQ-DEVICE-101: A client MUST show its user every device that the last login-ok or device-list
  # it received names, with the device's address.
  @REQ-DEVICE-101 @S11 @S12 @S33 @must
  Scenario: Every other device of the account is shown with its address
    Given the account has the other devices 235683-PC-1, 235683-TV-1
    And the client is registered as a device of the account
    When the client lists its devices
    Then the client's action succeeded
    And the client's output names every other device of the account

  # REQ-DEVICE-016: A client SHOULD show the account's other devices as one group, named "My
  # devices", when its user asks for it, and without being asked once the account has more than
  # three other devices.
  @REQ-DEVICE-016 @S31 @S32 @S33 @should
  Scenario: More than three other devices are shown as the group "My devices"
    Given the account has the other devices 235683-PC-1, 235683-TV-1, 235683-PAD-1, 235683-WEB-1
    And the client is registered as a device of the account
    When the client lists its devices
    Then the client's output shows the group "My devices"
    And the client's output names every other device of the account
