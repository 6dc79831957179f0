Feature: Slow requests and many connections
  A client that sends a byte now and then, or stops in the middle of a body, does not hold a
  connection for long: the request's head and its body have deadlines. An address that holds as
  many connections as the server takes from one gets no more.

  # REQ-LIMIT-007: A server MUST close a connection on which an HTTP request's head is not complete
  # within `requestHeadSeconds` of its first byte.
  @REQ-LIMIT-007 @must @profile-core
  Scenario: A request head sent one byte a second is closed within requestHeadSeconds
    When a client sends the head of a request for the discovery document one byte a second
    Then the server closes that connection within requestHeadSeconds

  # REQ-LIMIT-008: A server MUST close a connection on which no byte of a request body that it is
  # reading arrives for `requestBodyIdleSeconds`.
  @REQ-LIMIT-008 @must @profile-core
  Scenario: An upload whose body stops is closed within requestBodyIdleSeconds
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000 byte file from the PC to the phone
    When the PC starts uploading the file and stops after 100 bytes
    Then the server closes that connection within requestBodyIdleSeconds

  # REQ-LIMIT-009: A server SHOULD close at once, before reading from it, a connection from an IP
  # address that already holds `maxConnectionsPerAddress` connections open to it.
  # (@serial: it holds every connection the kit's one address may have.)
  @REQ-LIMIT-009 @should @profile-core @serial
  Scenario: A connection beyond maxConnectionsPerAddress is closed at once, unanswered
    Given the kit holds maxConnectionsPerAddress connections open to the target
    When it opens one more and asks it for the discovery document
    Then that connection is closed without an answer
    And once the kit lets its connections go, a new connection gets the discovery document
