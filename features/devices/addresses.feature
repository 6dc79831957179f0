Feature: Device addresses (S24)
  Every device of an account has the address <account>-<TYPE>-<n>: its terminal type code and the
  smallest ordinal free among the account's devices of that type.

  # REQ-DEVICE-001: A server MUST give a device it registers the address `<account>-<TYPE>-<n>`,
  # where TYPE is the terminal type of its login.
  # REQ-DEVICE-002: The ordinal `n` of a new device MUST be the smallest positive integer that no
  # other registered device of the same type on the account holds.
  @REQ-DEVICE-001 @REQ-DEVICE-002 @S24 @must @profile-core
  Scenario: Two PCs, a phone and a TV get PC-1, PC-2, MP-1 and TV-1
    Given account A has no device yet
    When a PC of account A logs in with the password
    And a second PC of account A logs in with the password
    And a phone of account A logs in with the password
    And a TV of account A logs in with the password
    Then the PC is told its address is <account>-PC-1
    And the second PC is told its address is <account>-PC-2
    And the phone is told its address is <account>-MP-1
    And the TV is told its address is <account>-TV-1

  # REQ-DEVICE-001: A server MUST give a device it registers the address `<account>-<TYPE>-<n>`,
  # where TYPE is the terminal type of its login.
  @REQ-DEVICE-001 @S24 @must @profile-core
  Scenario Outline: The address of <terminal> carries its terminal type <type>
    Given account A has no device yet
    When <terminal> of account A logs in with the password
    Then the <device> is told its address is <account>-<type>-1

    Examples:
      | terminal                | device              | type |
      | a web browser           | web browser         | WEB  |
      | a tablet                | tablet              | PAD  |
      | a device of type XCAR   | device of type XCAR | XCAR |

  # REQ-DEVICE-002: The ordinal `n` of a new device MUST be the smallest positive integer that no
  # other registered device of the same type on the account holds.
  @REQ-DEVICE-002 @S24 @must @profile-core
  Scenario: The ordinal of a removed device is given to the next device of its type
    Given account A is logged in on a PC and a second PC
    When the PC logs out and removes itself
    And a third PC of account A logs in with the password
    Then the third PC is told its address is <account>-PC-1

  # REQ-DEVICE-003: A server MUST keep a device's address unchanged for as long as the device stays
  # registered.
  @REQ-DEVICE-003 @S24 @must @profile-core
  Scenario: A device keeps its address when a device of its type before it is removed
    Given account A is logged in on a PC and a second PC
    When the second PC logs out
    And the PC logs out and removes itself
    And the second PC logs in again with its device credential
    Then the second PC is told its address is <account>-PC-2 and gets no new credential
