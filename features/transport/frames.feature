Feature: Frames on the control channel
  One WebSocket text message carries exactly one frame, valid in the connection's binding.

  # REQ-TRANSPORT-007: A sender MUST carry exactly one frame in each WebSocket text message.
  @REQ-TRANSPORT-007 @must @profile-core
  Scenario: Every text message from the server carries exactly one frame
    Given a client that has completed the opening exchange
    When it sends a ping
    And it sends a frame of an unknown type
    And it sends a ping
    Then it receives an answer to each frame it sent
    And every text message it received carried exactly one frame

  # REQ-TRANSPORT-008: Every frame a server sends MUST validate against the schema of its type in
  # the connection's binding.
  @REQ-TRANSPORT-008 @must @profile-core
  Scenario: Every frame the server sends validates against the schema of its type
    Given a client that has completed the opening exchange
    When it sends a ping
    And it sends a hello
    And it sends a hello that breaks its schema
    And it sends a pong
    Then it receives an answer to each frame it sent
    And every frame it received validates against the schema of its type

  # REQ-TRANSPORT-009: A server MUST close the connection with close code 1003 when it receives a
  # binary WebSocket message.
  @REQ-TRANSPORT-009 @must @profile-core
  Scenario: A binary message closes the connection with 1003
    Given a client that has completed the opening exchange
    When it sends a binary message
    Then it sees the connection closed with close code 1003

  # REQ-TRANSPORT-010: A fault on one connection MUST NOT change how the server treats any other
  # connection.
  @REQ-TRANSPORT-010 @must @profile-core
  Scenario: A fault on one connection leaves the other connections untouched
    Given two clients that have completed the opening exchange
    When the first client sends a binary message
    Then the first client sees the connection closed with close code 1003
    And the second client still gets a pong for a ping
    And a new client can complete the opening exchange
