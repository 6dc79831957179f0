Feature: Where a schema-violation lies when a member is missing
  A missing member is located at the name it should have had: a JSON Pointer in JSON, an element
  path in XML.

  # REQ-ERROR-007: The location of a `schema-violation` error MUST identify the offending member: a
  # JSON Pointer (RFC 6901) in the JSON binding, an element path in the XML binding.
  @REQ-ERROR-007 @must @profile-core
  Scenario: A schema-violation for a missing member is located at the member's name
    Given account A is logged in on a PC
    When the PC sends a message-ack without its messageIds
    Then the PC's message-ack is refused with the error schema-violation located at its missing messageIds
