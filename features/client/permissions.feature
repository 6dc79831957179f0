@client
Feature: Receive permissions seen from the client
  The sender chooses the receive permission of an offer (S61); a recipient stores a direct transfer
  without a prompt (S63), and keeps to the settings the primary device set for it (claim 5).

  # REQ-PERM-101: A sending client MUST put the receive permission its user chose for an offer into
  # the offer's `permission`.
  @REQ-PERM-101 @S61 @S62 @must
  Scenario Outline: The offer carries the receive permission the user chose, <permission>
    Given the client is registered as a device of the account
    And the client has a file "photo.jpg" of 2000 bytes to offer
    When the client offers "photo.jpg" to the account's PC with the permission <permission>
    Then the client's offer carried the permission <permission>

    Examples:
      | permission |
      | direct     |
      | ask        |
      | reject     |

  # REQ-PERM-005: A client SHOULD store the files of a transfer that arrives `accepted` with
  # permission `direct` in its default or preset place without asking its user.
  @REQ-PERM-005 @S63 @claim10 @should
  Scenario: A direct transfer is stored without a prompt
    Given the client is registered as a device of the account
    And the account's PC sends the client "photo.jpg" of 20000 bytes with the permission direct
    And once the client has reported every file, the server sends the message "That was all." from the account's PC
    When the client shows what arrives until 1 message
    Then the client reported file 0 as received
    And the receive folder holds "photo.jpg" with the bytes the PC offered

  # REQ-PERM-102: A client MUST NOT store the files of a transfer without its user's answer when the
  # last settings frame the server sent its device has a `receive`, or a policy `transfers`, other
  # than `direct`.
  @REQ-PERM-102 @claim5 @S63 @must
  Scenario Outline: Settings pushed by the primary device keep a direct transfer from being stored (<receive>, policy <transfers>)
    Given the client is registered as a device of the account
    And the server sends the client its settings with receive <receive> and a policy of transfers <transfers>
    And the account's PC sends the client "photo.jpg" of 20000 bytes with the permission direct
    And right after that, the server sends the message "That was all." from the account's PC
    When the client shows what arrives until 1 message
    Then the client downloaded nothing
    And the receive folder holds no file named "photo.jpg"

    Examples:
      | receive | transfers |
      | direct  | ask       |
      | direct  | reject    |
      | ask     | direct    |
      | reject  | direct    |
