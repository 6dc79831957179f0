Feature: What survives a crash of the server
  What a server acknowledged is still there after its process ends without warning and starts
  again on the same storage. The kit crashes the target with the --restart-command it is given;
  without one it cannot observe durability, and reports these requirements not verified.

  # REQ-MSG-008: A server MUST send message-accepted only once the message is stored so that it
  # survives a crash of the server.
  @REQ-MSG-008 @S42 @must @profile-core @restart @serial
  Scenario: A message accepted for an offline device is delivered after a crash
    Given account A is logged in on a PC and a phone
    And the phone logs out
    When the PC sends "Written before the crash." to <account>-MP-1
    Then the PC is told the message was accepted
    When the server crashes and starts again
    And the phone logs in again with its device credential
    Then the phone shows a message from <account>-PC-1 saying "Written before the crash."

  # REQ-DEVICE-018: A server MUST keep every registered device, with its address and its device
  # credential, across a crash of the server.
  @REQ-DEVICE-018 @S24 @must @profile-core @restart @serial
  Scenario: Registered devices keep their addresses and credentials across a crash
    Given account A is logged in on a PC and a phone
    When the server crashes and starts again
    And the phone logs in again with its device credential
    And the PC logs in again with its device credential
    Then the phone is told its address is <account>-MP-1 and gets no new credential
    And the PC is told its address is <account>-PC-1 and gets no new credential
    And the PC's contact list holds exactly <account>-MP-1

  # REQ-PRIMARY-014: A server MUST keep each device's policy, own setting and role across a crash
  # of the server.
  @REQ-PRIMARY-014 @claim5 @must @profile-core @restart @serial
  Scenario: A device's policy, own setting and role outlast a crash
    Given account A is logged in on a PC and a phone
    When the phone sets its own receive permission to reject
    And the PC sets the policy of <account>-MP-1 to transfers ask and messages reject
    Then the PC's set-policy is answered with ok
    When the PC makes <account>-MP-1 primary
    Then the PC's make-primary is answered with ok
    When the server crashes and starts again
    And the phone logs in again with its device credential
    And the phone asks for its settings
    Then the phone is answered with its settings: role primary, receive reject, policy transfers ask and messages reject

  # REQ-XFER-027: A server MUST keep every open transfer across a crash of the server.
  # REQ-DATA-017: A server MUST keep the bytes of a file that it counted in an `Upload-Offset`
  # across a crash of the server, for as long as the file's transfer is open and its result not
  # reported.
  @REQ-XFER-027 @REQ-DATA-017 @S54 @must @profile-core @restart @serial
  Scenario: An accepted transfer and the bytes uploaded so far outlast a crash
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a large file from the PC to the phone
    When the PC uploads the first third of the file
    Then the answer is HTTP status 204 with Upload-Offset at a third of the file
    When the server crashes and starts again
    And the PC logs in again with its device credential
    Then the PC is shown the transfer in the state accepted
    When the PC asks for the upload offset
    Then the answer is HTTP status 204 with Upload-Offset at a third of the file
    When the PC uploads the rest of the file from a third of it
    Then the answer is HTTP status 204 with Upload-Offset the file's size
    When the phone downloads the file
    Then the phone has the file's bytes, matching its SHA-256
