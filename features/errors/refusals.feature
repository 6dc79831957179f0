Feature: Refused frames
  Each kind of bad frame is refused with its own error code, and the connection goes on.

  # REQ-ERROR-004: A server MUST refuse text that is not a well-formed frame of the connection's
  # binding with the error `malformed-frame`.
  @REQ-ERROR-004 @must @profile-core
  Scenario: Text that is not well-formed is refused as malformed-frame
    Given a client that has completed the opening exchange
    When it sends text that is not well-formed
    Then it receives the error malformed-frame

  # REQ-ERROR-004: A server MUST refuse text that is not a well-formed frame of the connection's
  # binding with the error `malformed-frame`.
  @REQ-ERROR-004 @must @profile-core @binding-json
  Scenario Outline: JSON that is not a frame is refused as malformed-frame: <text>
    Given a client that has completed the opening exchange
    When it sends <text>
    Then it receives the error malformed-frame

    Examples:
      | text                                     |
      | a JSON array                             |
      | a JSON object without a type             |
      | a JSON object whose type is not a string |

  # REQ-ERROR-005: A server MUST refuse a frame whose type it does not know with the error
  # `unknown-type`.
  @REQ-ERROR-005 @must @profile-core
  Scenario: A frame of an unknown type is refused as unknown-type
    Given a client that has completed the opening exchange
    When it sends a frame of an unknown type
    Then it receives the error unknown-type

  # REQ-ERROR-006: A server MUST refuse with the error `schema-violation` a frame that breaks the
  # schema of its type in a member the schema defines.
  @REQ-ERROR-006 @must @profile-core
  Scenario: A frame that breaks its schema is refused as schema-violation
    Given a client that has completed the opening exchange
    When it sends a hello that breaks its schema
    Then it receives the error schema-violation

  # REQ-ERROR-007: The location of a `schema-violation` error MUST identify the offending member: a
  # JSON Pointer (RFC 6901) in the JSON binding, an element path in the XML binding.
  @REQ-ERROR-007 @must @profile-core
  Scenario: A schema-violation error locates the offending member
    Given a client that has completed the opening exchange
    When it sends a hello that breaks its schema in its second version
    Then it receives the error schema-violation
    And the error's location identifies the second version of the hello

  # REQ-ERROR-008: A server MUST refuse a frame of a type that only servers send with the error
  # `unexpected-frame`.
  @REQ-ERROR-008 @must @profile-core
  Scenario Outline: A frame of a type only servers send is refused as unexpected-frame: <frame>
    Given a client that has completed the opening exchange
    When it sends <frame>
    Then it receives the error unexpected-frame

    Examples:
      | frame          |
      | a welcome      |
      | a pong         |
      | an error frame |

  # REQ-ERROR-013: A server MUST refuse with the error `schema-violation` a frame with a number that
  # its member's schema does not allow, however many digits the number has and even when it exceeds
  # the range of every machine number.
  @REQ-ERROR-013 @must @profile-core
  Scenario Outline: A number beyond every machine number is a schema-violation at its member: <type>
    Given account A is logged in on a PC
    When the PC sends <frame>
    Then the PC receives the error schema-violation located at the <type>'s overflowing member

    Examples:
      | type         | frame                                              |
      | set-receive  | a set-receive whose receive is the number 1e99999  |
      | accept-offer | an accept-offer whose file index has 31 digits     |
