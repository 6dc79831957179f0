Feature: Opening exchange
  The client's first frame is hello with the versions it speaks; the server answers welcome with
  the version chosen, its profiles and its limits.

  # REQ-OPEN-001: A server MUST answer a hello that names at least one version it speaks with a
  # welcome frame whose `replyTo` is the hello's id.
  @REQ-OPEN-001 @must @profile-core
  Scenario: A hello naming a spoken version is answered with a welcome
    Given a client connected with the negotiated binding
    When it sends a hello with id h1 offering version 1.0
    Then it receives a welcome replying to h1

  # REQ-OPEN-002: The server MUST choose the first version in the hello's list that it speaks.
  @REQ-OPEN-002 @must @profile-core
  Scenario: The server chooses the first version in the hello that it speaks
    Given a client connected with the negotiated binding
    When it sends a hello offering versions 9.9 and 1.0
    Then it receives a welcome choosing version 1.0

  # REQ-OPEN-003: The profiles and limits in a welcome frame MUST equal those of the server's
  # discovery document.
  @REQ-OPEN-003 @must @profile-core
  Scenario: The welcome repeats the profiles and limits of the discovery document
    Given the discovery document of the server
    And a client connected with the negotiated binding
    When it sends a hello offering version 1.0
    Then it receives a welcome whose profiles and limits equal those of the discovery document

  # REQ-OPEN-004: A server MUST answer a hello that names no version it speaks with the fatal error
  # `version-not-supported` and close the connection with close code 4406.
  @REQ-OPEN-004 @must @profile-core
  Scenario: A hello naming no spoken version is refused and the connection closed
    Given a client connected with the negotiated binding
    When it sends a hello with id h9 offering versions 9.8 and 9.9
    Then it receives the fatal error version-not-supported
    And it sees the connection closed with close code 4406

  # REQ-OPEN-005: A server MUST answer any frame other than hello received before the opening
  # exchange with the fatal error `hello-required` and close the connection with close code 4400.
  @REQ-OPEN-005 @must @profile-core
  Scenario Outline: A first frame other than hello is refused and the connection closed: <frame>
    Given a client connected with the negotiated binding
    When it sends <frame> as its first frame
    Then it receives the fatal error hello-required
    And it sees the connection closed with close code 4400

    Examples:
      | frame                        |
      | a ping                       |
      | text that is not well-formed |
      | a frame of an unknown type   |
      | a pong                       |

  # REQ-OPEN-005: A server MUST answer any frame other than hello received before the opening
  # exchange with the fatal error `hello-required` and close the connection with close code 4400.
  # (CHOICE-OPEN-03 is open: a first frame that breaks its schema gets hello-required, or
  # schema-violation and the connection waits for its hello; the kit accepts either.)
  @REQ-OPEN-005 @must @profile-core
  Scenario: A first hello that breaks its schema is refused, fatally or until a hello comes
    Given a client connected with the negotiated binding
    When it sends a hello that breaks its schema as its first frame
    Then it is refused with hello-required and the connection closed with 4400, or with schema-violation and then welcomed after a hello

  # REQ-OPEN-006: A server MUST close with the fatal error `hello-timeout` and close code 4408 a
  # connection that sends no hello within `helloTimeoutSeconds` of the upgrade.
  @REQ-OPEN-006 @must @profile-core
  Scenario: A connection that sends no hello is closed after helloTimeoutSeconds
    Given a client connected with the negotiated binding
    When it sends nothing after the upgrade
    Then after helloTimeoutSeconds it receives the fatal error hello-timeout
    And it sees the connection closed with close code 4408

  # REQ-OPEN-007: A server MUST refuse a second hello on the same connection with the error
  # `unexpected-frame` and keep the connection open.
  @REQ-OPEN-007 @must @profile-core
  Scenario: A second hello is refused and the connection stays open
    Given a client that has completed the opening exchange
    When it sends a hello with id h2 offering version 1.0
    Then it receives the error unexpected-frame
    And it still gets a pong for a ping

  # REQ-OPEN-008: A server MUST answer a ping with a pong whose `replyTo` is the ping's id.
  @REQ-OPEN-008 @must @profile-core
  Scenario: A ping is answered with a pong
    Given a client that has completed the opening exchange
    When it sends a ping with id p1
    Then it receives a pong replying to p1
