Feature: A message body measured in bytes (S41)
  The spec measures a body in UTF-8 bytes. Characters of three bytes each tell a server that
  counts bytes from one that counts characters.

  # REQ-MSG-006: A server MUST refuse a send whose body is longer than `maxMessageBytes` with the
  # error `message-too-large`.
  @REQ-MSG-006 @must @profile-core
  Scenario: A body of three-byte characters is measured in bytes: at the limit taken, one byte over refused
    Given account A is logged in on a PC and a phone
    When the PC sends a message of maxMessageBytes bytes in characters of three bytes to <account>-MP-1
    Then the PC is told the message was accepted
    When the PC sends a message of maxMessageBytes plus one byte in characters of three bytes to <account>-MP-1
    Then the PC's send is refused with the error message-too-large
