Feature: Storing and delivering messages (S42, S43)
  A message waits on the server for a recipient that is offline, arrives in order, and is sent again
  at each login until the recipient acknowledges it; nothing the server accepted is lost or shown
  twice.

  # REQ-MSG-010: A server MUST deliver a message to an online recipient at once, and to an offline
  # one after the login-ok of its next login.
  @REQ-MSG-010 @S42 @must @profile-core
  Scenario: A message for an offline device is accepted and delivered after its next login
    Given account A is logged in on a PC and a phone
    And the phone logs out
    When the PC sends "The slides are on the desktop." to <account>-MP-1
    Then the PC is told the message was accepted
    When the phone logs in again with its device credential
    Then the phone shows a message from <account>-PC-1 saying "The slides are on the desktop."

  # REQ-MSG-009: A server MUST answer a send that repeats a `clientMessageId` the same device used
  # before with the recipients and `sentAt` of the first send's message-accepted, and store or
  # deliver nothing new.
  @REQ-MSG-009 @must @profile-core
  Scenario: A send repeating its clientMessageId is the same message, delivered once
    Given account A is logged in on a PC and a phone
    When the PC sends "Only once, please." to <account>-MP-1
    And the PC sends "Only once, please." to <account>-MP-1 again with the same clientMessageId
    Then the PC is told the same message-accepted as the first time
    And the phone shows a message from <account>-PC-1 saying "Only once, please."
    And the phone is shown no further message
    When the phone acknowledges the messages it was shown
    Then the PC is told only once that the message was delivered

  # REQ-MSG-009: A server MUST answer a send that repeats a `clientMessageId` the same device used
  # before with the recipients and `sentAt` of the first send's message-accepted, and store or
  # deliver nothing new.
  @REQ-MSG-009 @must @profile-core
  Scenario: A send repeated after the sender logged in again is still the same message
    Given account A is logged in on a PC and a phone
    When the PC sends "Sent before the tunnel." to <account>-MP-1
    And the PC logs out
    And the PC logs in again with its device credential
    And the PC sends "Sent before the tunnel." to <account>-MP-1 again with the same clientMessageId
    Then the PC is told the same message-accepted as the first time
    And the phone shows a message from <account>-PC-1 saying "Sent before the tunnel."
    And the phone is shown no further message

  # REQ-MSG-001: A server MUST answer a send to another device of the sender's account with
  # message-accepted and deliver the message to that device.
  # REQ-MSG-009: A server MUST answer a send that repeats a `clientMessageId` the same device used
  # before with the recipients and `sentAt` of the first send's message-accepted, and store or
  # deliver nothing new.
  # (Only the same device's clientMessageIds make a repeat; two devices may use the same one.)
  @REQ-MSG-001 @REQ-MSG-009 @S41 @S42 @must @profile-core
  Scenario: The same clientMessageId from two devices makes two messages
    Given account A is logged in on a PC, a TV and a phone
    When the PC sends "From the PC." to <account>-MP-1 with the clientMessageId note-1
    And the TV sends "From the TV." to <account>-MP-1 with the clientMessageId note-1
    Then the TV is told the message was accepted
    And the phone shows a message from <account>-PC-1 saying "From the PC."
    And the phone shows a message from <account>-TV-1 saying "From the TV."

  # REQ-MSG-010: A server MUST deliver a message to an online recipient at once, and to an offline
  # one after the login-ok of its next login.
  @REQ-MSG-010 @S42 @must @profile-core
  Scenario: A message for an online device arrives at once
    Given account A is logged in on a PC and a phone
    When the phone sends "Call me back." to <account>-PC-1
    Then the PC shows a message from <account>-MP-1 saying "Call me back."

  # REQ-MSG-011: The `seq` of the messages for one device MUST start at 1 and grow by one with each
  # message stored for it.
  @REQ-MSG-011 @S42 @must @profile-core
  Scenario: The seq of a device's messages starts at 1 and grows by one
    Given account A is logged in on a PC, a TV and a phone
    When the PC sends "one" to <account>-MP-1
    And the TV sends "two" to <account>-MP-1
    And the PC sends "three" to <account>-MP-1
    Then the phone shows a message from <account>-PC-1 saying "one"
    And the phone shows a message from <account>-TV-1 saying "two"
    And the phone shows a message from <account>-PC-1 saying "three"
    And the messages the phone showed carry the seq 1 and up, one more each

  # REQ-MSG-011: The `seq` of the messages for one device MUST start at 1 and grow by one with each
  # message stored for it.
  # REQ-MSG-012: A server MUST deliver the messages for one device in the order of their `seq`.
  @REQ-MSG-011 @REQ-MSG-012 @S42 @must @profile-core
  Scenario: Messages waiting for an offline device arrive in order, seq growing by one
    Given account A is logged in on a PC and a phone
    And the phone logs out
    When the PC sends "first" to <account>-MP-1
    And the PC sends "second" to <account>-MP-1
    And the PC sends "third" to <account>-MP-1
    And the phone logs in again with its device credential
    Then the phone shows a message from <account>-PC-1 saying "first"
    And the phone shows a message from <account>-PC-1 saying "second"
    And the phone shows a message from <account>-PC-1 saying "third"
    And the messages the phone showed carry the seq 1 and up, one more each

  # REQ-MSG-013: A server MUST deliver a message again at each login of its recipient until the
  # recipient acknowledges it with message-ack.
  @REQ-MSG-013 @S43 @must @profile-core
  Scenario: A message not acknowledged is delivered again at the next login
    Given account A is logged in on a PC and a phone
    When the PC sends "Did you get this?" to <account>-MP-1
    Then the phone shows a message from <account>-PC-1 saying "Did you get this?"
    When the phone logs out
    And the phone logs in again with its device credential
    Then the phone shows the message from <account>-PC-1 saying "Did you get this?" again

  # REQ-MSG-014: A server MUST NOT deliver a message again once its recipient has acknowledged it.
  # REQ-MSG-020: A server MUST answer every message-ack with ok, also when it ignores some or all
  # of its ids.
  @REQ-MSG-014 @REQ-MSG-020 @S43 @must @profile-core
  Scenario: A message acknowledged is not delivered again
    Given account A is logged in on a PC and a phone
    When the PC sends "Got it?" to <account>-MP-1
    Then the phone shows a message from <account>-PC-1 saying "Got it?"
    When the phone acknowledges the messages it was shown
    And the phone logs out
    And the phone logs in again with its device credential
    Then the phone is shown no further message

  # REQ-MSG-015: A server MUST ignore the ids in a message-ack of messages that are not addressed to
  # the acknowledging device.
  # REQ-MSG-020: A server MUST answer every message-ack with ok, also when it ignores some or all
  # of its ids.
  @REQ-MSG-015 @REQ-MSG-020 @S43 @must @profile-core
  Scenario: An acknowledgement of another device's message is ignored
    Given account A is logged in on a PC, a phone and a TV
    When the PC sends "For both of you." to all its other devices
    Then the TV shows a message from <account>-PC-1 saying "For both of you."
    When the phone acknowledges the message meant for <account>-TV-1
    Then the PC is not told the message to <account>-TV-1 was delivered
    When the TV logs out
    And the TV logs in again with its device credential
    Then the TV shows the message from <account>-PC-1 saying "For both of you." again

  # REQ-MSG-017: A server SHOULD NOT let a recipient that reads slowly delay the delivery of messages
  # to other devices.
  # (@serial: 16 MiB of messages at the target's frame rate would slow the scenarios beside it.)
  @REQ-MSG-017 @should @profile-core @serial
  Scenario: A device that stops reading does not hold up the messages of other devices
    Given account A is logged in on a PC
    And the phone is logged in on a connection the kit then stops reading from
    And account B is logged in on a PC and a phone
    When the PC and more devices of account A send the phone messages of maxMessageBytes until 16 MiB wait for it
    And the PC of account B sends "Still on time." to <account B>-MP-1
    Then the phone of account B shows a message from <account B>-PC-1 saying "Still on time."
