@client
Feature: Messages seen from the client
  A server delivers a message again until it is acknowledged, and a send again with the same
  clientMessageId is the same message: a client shows a message once, acknowledges it every time,
  and sends again what the server had not accepted when a connection broke.

  # REQ-MSG-016: A client MUST remember the `messageId` of every message it has shown, and show
  # none twice.
  # REQ-MSG-101: A client MUST acknowledge with message-ack every message it has shown, also one
  # that it does not show again because it has shown it before.
  @REQ-MSG-016 @REQ-MSG-101 @S43 @must
  Scenario: A message delivered again is acknowledged again and shown once
    Given the client is registered as a device of the account
    And the server has the message "Leaving the office now." from the account's PC for the client
    And the server loses the client's acknowledgements
    When the client shows what arrives until 1 message
    And the server has the message "On the train." from the account's PC for the client
    And the client shows what arrives until 1 message
    Then the client showed "Leaving the office now." once
    And the client showed "On the train." once
    And the client acknowledged "Leaving the office now." at each of the 2 logins that delivered it

  # REQ-MSG-102: A client MUST send a message again, with the same `clientMessageId`, once it has
  # logged in again after a connection that ended before the message's message-accepted arrived.
  @REQ-MSG-102 @S41 @must
  Scenario: A send the server did not answer before the connection broke goes out again
    Given the client is registered as a device of the account
    And the server drops the connection when the client first sends, without answering
    When the client sends "Did this arrive?" to the account's PC
    Then the client's action succeeded
    And the client sent "Did this arrive?" 2 times, each time with the same clientMessageId

  # REQ-MSG-103: A client MUST NOT give a new message the `clientMessageId` of a message it sent
  # before.
  @REQ-MSG-103 @S41 @must
  Scenario: Two messages have two clientMessageIds
    Given the client is registered as a device of the account
    When the client sends "First." to the account's PC
    And the client sends "Second." to the account's PC
    Then the messages "First." and "Second." carried different clientMessageIds
