Feature: Fatal and non-fatal errors
  An error is fatal exactly when the server closes the connection after it, with the close code
  the registry gives the error.

  # REQ-ERROR-009: A server MUST set `fatal` to true in an error frame exactly when it closes the
  # connection after it.
  @REQ-ERROR-009 @must @profile-core
  Scenario Outline: An error after which the connection stays open is not fatal: <frame>
    Given a client that has completed the opening exchange
    When it sends <frame>
    Then it receives an error that is not fatal
    And it still gets a pong for a ping

    Examples:
      | frame                          |
      | text that is not well-formed   |
      | a frame of an unknown type     |
      | a hello that breaks its schema |
      | a pong                         |

  # REQ-ERROR-009: A server MUST set `fatal` to true in an error frame exactly when it closes the
  # connection after it.
  @REQ-ERROR-009 @must @profile-core
  Scenario Outline: An error after which the connection closes is fatal: <frame> first
    Given a client connected with the negotiated binding
    When it sends <frame> as its first frame
    Then it receives an error that is fatal
    And it sees the connection closed

    Examples:
      | frame                                  |
      | a ping                                 |
      | a hello offering no version it speaks  |

  # REQ-ERROR-010: A server MUST close the connection with the close code registered for a fatal
  # error.
  @REQ-ERROR-010 @must @profile-core
  Scenario Outline: A fatal error closes with its registered close code and names itself: <code>, <frame> first
    Given a client connected with the negotiated binding
    When it sends <frame> as its first frame
    Then it receives the fatal error <code>
    And it sees the connection closed with close code <close> and reason <code>

    Examples:
      | frame                                 | code                  | close |
      | a ping                                | hello-required        | 4400  |
      | text that is not well-formed          | hello-required        | 4400  |
      | a hello offering no version it speaks | version-not-supported | 4406  |

  # REQ-ERROR-011: A server MUST NOT close the connection because of a non-fatal error.
  @REQ-ERROR-011 @must @profile-core
  Scenario Outline: A non-fatal error leaves the connection open: <code> for <frame>
    Given a client that has completed the opening exchange
    When it sends <frame>
    Then it receives the error <code>
    And it still gets a pong for a ping

    Examples:
      | frame                          | code             |
      | text that is not well-formed   | malformed-frame  |
      | a frame of an unknown type     | unknown-type     |
      | a hello that breaks its schema | schema-violation |
      | a hello                        | unexpected-frame |
      | an error frame                 | unexpected-frame |
