@client
Feature: The client's side of the login
  The kit plays the server. SCRAM authenticates both ends, so a client checks the server's
  signature as the server checks the client's proof; and a registered device logs in with its
  credential from then on.

  # REQ-OPEN-101: A client MUST send hello as the first frame on every connection.
  # REQ-TRANSPORT-101: Every frame a client sends MUST validate against the schema of its type in
  # the connection's binding.
  @REQ-OPEN-101 @REQ-TRANSPORT-101 @S21 @must
  Scenario: A new device logs in with the account's password
    When the client logs in with the account's password
    Then the client's action succeeded
    And every connection of the client opened with hello
    And every frame the client sent was valid

  # REQ-LOGIN-101: A client MUST verify the server signature in the `serverFinal` of login-ok
  # before it takes the login as successful.
  # REQ-LOGIN-102: A client MUST NOT send another frame on a connection whose login-ok carries a
  # server signature that does not verify.
  @REQ-LOGIN-101 @REQ-LOGIN-102 @S22 @must
  Scenario: A login-ok with a wrong server signature is refused
    Given the server signs its login-ok with a wrong server signature
    When the client logs in with the account's password
    Then the client's action failed
    And the client sent no frame after the login-ok on that connection
    And the client did not log in with a device credential afterwards

  # REQ-LOGIN-103: A client that refuses a server's signature SHOULD close the WebSocket with
  # close code 1008 and the reason `bad-server-signature`.
  @REQ-LOGIN-103 @S22 @should
  Scenario: A client that refuses the server's signature says why when it closes
    Given the server signs its login-ok with a wrong server signature
    When the client logs in with the account's password
    Then the client closed the connection with close code 1008 and the reason bad-server-signature

  # REQ-LOGIN-107: A client MUST tell its user that a login failed, with the error code the server
  # sent.
  @REQ-LOGIN-107 @S26 @must
  Scenario: A refused login is reported with its error code
    Given the server refuses every login proof with the error bad-credential
    When the client logs in with the account's password
    Then the client's action failed
    And the client's output names bad-credential

  # REQ-LOGIN-106: A client MUST log a device it has registered in again with the device's
  # credential, not with the password.
  @REQ-LOGIN-106 @S24 @must
  Scenario: A registered device logs in again with its credential
    Given the client is registered as a device of the account
    When the client lists its devices
    Then the client's action succeeded
    And every login of the client after the first used the device credential it was given
