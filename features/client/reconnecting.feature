@client
Feature: Reconnecting
  A client may log its device in again by itself after a lost connection; it spaces its attempts,
  and it leaves alone a device whose session was taken over by another connection.

  # REQ-LOGIN-104: A client whose session ended with the error `session-replaced` MUST NOT log in
  # again until its user asks it to.
  @REQ-LOGIN-104 @must
  Scenario: A session ended by session-replaced is not taken back
    Given the client is registered as a device of the account
    And the server ends the next session with the error session-replaced right after its login
    When the client shows what arrives until 1 message
    Then the client did not log in again after the session was replaced

  # REQ-LOGIN-105: A client that reconnects MUST let at least one second pass between the end of a
  # connection and its next attempt to open one.
  @REQ-LOGIN-105 @must
  Scenario: A server that closes every connection at once is not hammered
    Given the client is registered as a device of the account
    And the server has the message "Back again." from the account's PC for the client
    And the server goes away right after the next login, then refuses 2 attempts to connect
    When the client shows what arrives until 1 message
    Then the client showed "Back again." once
    And the client waited at least 1 second before each attempt to reconnect

  # REQ-LOGIN-108: A client SHOULD at least double its wait after each failed attempt to reconnect,
  # up to a wait of at least 30 seconds, and lengthen each wait by a random part of up to a fifth.
  @REQ-LOGIN-108 @should
  Scenario: The waits between attempts to reconnect grow
    Given the client is registered as a device of the account
    And the server has the message "Back at last." from the account's PC for the client
    And the server goes away right after the next login, then refuses 2 attempts to connect
    When the client shows what arrives until 1 message
    Then the client waited at least 2 seconds before its third attempt to reconnect

  # REQ-OPEN-011: A client whose connection ends with close code 1001 SHOULD connect again after a
  # delay, growing the delay after each attempt that fails.
  @REQ-OPEN-011 @should
  Scenario: A client told the server is going away comes back, waiting longer after each failure
    Given the client is registered as a device of the account
    And the server has the message "Back after the restart." from the account's PC for the client
    And the server goes away right after the next login, then refuses 2 attempts to connect
    When the client shows what arrives until 1 message
    Then the client showed "Back after the restart."
    And the client waited longer before its third attempt to reconnect than before its second
