Feature: Before login
  Until a login succeeds a connection may only log in and ping, and only so many times.

  # REQ-LOGIN-014: A server MUST refuse a frame of the session that arrives before a login
  # succeeds with the error `login-required`.
  @REQ-LOGIN-014 @must @profile-core
  Scenario Outline: A frame that needs a login is refused before one: <frame>
    Given a client that has completed the opening exchange
    When it sends <frame>
    Then it receives the error login-required
    And it still gets a pong for a ping

    Examples:
      | frame            |
      | a list-devices   |
      | a rename-device  |
      | a logout         |

  # REQ-LOGIN-015: A server MUST close with the fatal error `login-limit` and close code 4401 a
  # connection that sends more than `maxFramesBeforeLogin` frames after welcome without a
  # successful login.
  @REQ-LOGIN-015 @must @profile-core
  Scenario: A connection that sends more than maxFramesBeforeLogin frames without logging in is closed
    Given a client that has completed the opening exchange
    When it sends maxFramesBeforeLogin pings, each answered with a pong
    And it sends a ping
    Then it receives the fatal error login-limit
    And it sees the connection closed with close code 4401 and reason login-limit

  # REQ-LOGIN-028: A server MUST close with the fatal error `login-timeout` and close code 4407 a
  # connection on which no login has succeeded within `loginTimeoutSeconds` of welcome.
  @REQ-LOGIN-028 @must @profile-core
  Scenario: A connection that does not log in is closed after loginTimeoutSeconds
    Given a client that has completed the opening exchange
    Then after loginTimeoutSeconds it receives the fatal error login-timeout
    And it sees the connection closed with close code 4407
