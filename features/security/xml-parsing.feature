Feature: Secure XML parsing
  The XML binding is parsed without DTDs and without external entities; a frame that carries a
  document type declaration is refused before anything in it is read.

  # REQ-SECURITY-001: A server MUST refuse an XML frame that contains a document type declaration
  # with the error `malformed-frame`.
  @REQ-SECURITY-001 @must @profile-core @binding-xml
  Scenario Outline: An XML frame with a document type declaration is refused as malformed-frame: <frame>
    Given a client that has completed the opening exchange
    When it sends <frame>
    Then it receives the error malformed-frame

    Examples:
      | frame                           |
      | a ping with an internal DOCTYPE |
      | a ping with an external DTD     |
