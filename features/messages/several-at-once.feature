Feature: Several messages acknowledged in one message-ack (S43)
  A message-ack may name several messages; each one it names is settled, not only the first.

  # REQ-MSG-014: A server MUST NOT deliver a message again once its recipient has acknowledged it.
  @REQ-MSG-014 @S43 @must @profile-core
  Scenario: Three messages acknowledged in one message-ack are none of them delivered again
    Given account A is logged in on a PC and a phone
    When the PC sends "One." to <account>-MP-1
    And the PC sends "Two." to <account>-MP-1
    And the PC sends "Three." to <account>-MP-1
    Then the phone shows a message from <account>-PC-1 saying "One."
    And the phone shows a message from <account>-PC-1 saying "Two."
    And the phone shows a message from <account>-PC-1 saying "Three."
    When the phone acknowledges the messages it was shown
    And the phone logs out
    And the phone logs in again with its device credential
    Then the phone is shown no further message
