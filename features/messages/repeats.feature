Feature: A repeated send keeps its first answer (S41)
  The answer to a send that repeats a clientMessageId is the first answer, its sentAt included,
  however long after the first send the repeat comes.

  # REQ-MSG-009: A server MUST answer a send that repeats a `clientMessageId` the same device used
  # before with the recipients and `sentAt` of the first send's message-accepted, and store or
  # deliver nothing new.
  @REQ-MSG-009 @must @profile-core
  Scenario: A send repeated more than a second later is answered with the first sentAt
    Given account A is logged in on a PC and a phone
    When the PC sends "Once, a while ago." to <account>-MP-1
    Then the PC is told the message was accepted
    When more than a second passes
    And the PC sends "Once, a while ago." to <account>-MP-1 again with the same clientMessageId
    Then the PC is told the same message-accepted as the first time
