Feature: Renaming a device
  A device gives itself or another device of its account a new label.

  # REQ-DEVICE-014: A server MUST answer a rename-device naming a device of the caller's account
  # with ok and give that device the new label.
  @REQ-DEVICE-014 @must @profile-core
  Scenario: A PC renames the account's phone
    Given account A is logged in on a PC and a phone
    When the PC renames <account>-MP-1 to "Li's old phone"
    Then the PC's rename-device is answered with ok
    And the PC's contact list shows <account>-MP-1 labelled "Li's old phone"
    When the phone logs out
    And the phone logs in again with its device credential
    Then the phone is told at login that its label is "Li's old phone"

  # REQ-DEVICE-015: A server MUST refuse a rename-device naming an address that is not a device of
  # the caller's account with the error `unknown-device`.
  @REQ-DEVICE-015 @S12 @must @profile-core
  Scenario: Renaming a device of another account is refused as an unknown device
    Given account A is logged in on a PC
    And account B is logged in on a PC
    When the PC of account B renames <account>-PC-1 to "Mine now"
    Then the PC of account B's rename-device is refused with the error unknown-device
    When a phone of account A logs in with the password
    Then the phone's contact list shows <account>-PC-1 labelled as the PC logged in

  # REQ-DEVICE-015: A server MUST refuse a rename-device naming an address that is not a device of
  # the caller's account with the error `unknown-device`.
  @REQ-DEVICE-015 @S12 @must @profile-core
  Scenario: Renaming a device the account does not have is refused as an unknown device
    Given account A is logged in on a PC
    When the PC renames <account>-TV-9 to "Nobody's TV"
    Then the PC's rename-device is refused with the error unknown-device
