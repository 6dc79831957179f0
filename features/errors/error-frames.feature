Feature: Error frames
  A server never answers a frame with silence: every refused frame gets one error frame that
  names the refused frame and carries a registered code.

  # REQ-ERROR-001: A server MUST answer every frame it refuses with exactly one error frame.
  @REQ-ERROR-001 @must @profile-core
  Scenario Outline: Each refused frame is answered with exactly one error frame: <frame>
    Given a client that has completed the opening exchange
    When it sends <frame>
    And it sends a ping with id after
    Then it receives exactly one error before the pong replying to after

    Examples:
      | frame                           |
      | text that is not well-formed    |
      | a frame of an unknown type      |
      | a hello that breaks its schema  |
      | a hello                         |
      | a pong                          |
      | a welcome                       |
      | an error frame                  |

    @binding-xml
    Examples: XML only
      | frame                           |
      | a ping with an internal DOCTYPE |

  # REQ-ERROR-002: The `replyTo` of an error frame MUST name the id of the refused frame whenever
  # that id can be read from it.
  @REQ-ERROR-002 @must @profile-core
  Scenario Outline: An error frame names the id of the refused frame: <frame>
    Given a client that has completed the opening exchange
    When it sends <frame> with id r7
    Then it receives an error replying to r7

    Examples:
      | frame                          |
      | a frame of an unknown type     |
      | a hello that breaks its schema |
      | a hello                        |

  # REQ-ERROR-002: The `replyTo` of an error frame MUST name the id of the refused frame whenever
  # that id can be read from it.
  @REQ-ERROR-002 @must @profile-core
  Scenario: A fatal error names the id of the refused first frame
    Given a client connected with the negotiated binding
    When it sends a ping with id r8 as its first frame
    Then it receives an error replying to r8

  # REQ-ERROR-003: The code of an error frame MUST be one of the codes registered in this
  # specification.
  @REQ-ERROR-003 @must @profile-core
  Scenario: Every error code is a registered one
    Given a client that has completed the opening exchange and logged in
    When it sends text that is not well-formed
    And it sends a frame of an unknown type
    And it sends a hello that breaks its schema
    And it sends a hello
    And it sends a welcome
    And it sends a ping
    Then it receives an answer to each frame it sent
    And every error it received carries a registered code
