Feature: Transport security
  Plaintext is for loopback. A server that others reach over a network speaks only TLS, so that
  no password proof, token or message crosses that network in the clear.

  # REQ-TRANSPORT-011: A server reachable from beyond the loopback interface SHOULD accept only TLS
  # connections (wss and https).
  # (Not applicable to a target on the loopback interface: from there the kit cannot tell whether
  # the server is reachable from elsewhere.)
  @REQ-TRANSPORT-011 @should @profile-core
  Scenario: A server reached beyond the loopback interface speaks only TLS
    Given the target is reached beyond the loopback interface
    Then its control channel is a wss URL
    And its port serves no discovery document over plaintext HTTP
