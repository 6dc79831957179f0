Feature: Sending messages to the account's own devices (S41)
  A device sends a message to another device of its account, or to all its other devices at once;
  the server stamps the sender and refuses what no device of the account may send.

  # REQ-MSG-001: A server MUST answer a send to another device of the sender's account with
  # message-accepted and deliver the message to that device.
  @REQ-MSG-001 @S41 @S42 @must @profile-core
  Scenario: A message from the PC reaches the phone
    Given account A is logged in on a PC and a phone
    When the PC sends "The slides are on the desktop." to <account>-MP-1
    Then the PC is told the message was accepted
    And the phone shows a message from <account>-PC-1 saying "The slides are on the desktop."

  # REQ-MSG-001: A server MUST answer a send to another device of the sender's account with
  # message-accepted and deliver the message to that device.
  @REQ-MSG-001 @S41 @S42 @must @profile-core
  Scenario: A message from the phone reaches the PC
    Given account A is logged in on a PC and a phone
    When the phone sends "Leaving the office now." to <account>-PC-1
    Then the phone is told the message was accepted
    And the PC shows a message from <account>-MP-1 saying "Leaving the office now."

  # REQ-MSG-002: A server MUST set the `from` of a delivered message to the address of the device
  # that sent it.
  @REQ-MSG-002 @S41 @must @profile-core
  Scenario: The server names the device that sent the message
    Given account A is logged in on a PC, a second PC and a phone
    When the second PC sends "Sent from the laptop." to <account>-MP-1
    Then the phone shows a message from <account>-PC-2 saying "Sent from the laptop."

  # REQ-MSG-002: A server MUST set the `from` of a delivered message to the address of the device
  # that sent it.
  @REQ-MSG-002 @S41 @must @profile-core
  Scenario: A sender that names itself, as S41 packs it, is named so
    Given account A is logged in on a PC and a phone
    When the PC sends "Packed with my own address." to <account>-MP-1, naming itself as the sender
    Then the PC is told the message was accepted
    And the phone shows a message from <account>-PC-1 saying "Packed with my own address."

  # REQ-MSG-003: A server MUST refuse a send whose `from` is not the sending device's own address
  # with the error `forged-sender` and store nothing.
  @REQ-MSG-003 @S41 @must @profile-core
  Scenario: A send naming another device as its sender is refused and stores nothing
    Given account A is logged in on a PC, a phone and a TV
    When the PC sends "It was the TV." to <account>-MP-1, naming <account>-TV-1 as the sender
    Then the PC's send is refused with the error forged-sender
    And the phone is shown no further message

  # REQ-MSG-004: A send to `*` MUST reach every other registered device of the sender's account,
  # with one entry for each in message-accepted, and not the sender.
  @REQ-MSG-004 @S41 @must @profile-core
  Scenario: A message to all other devices reaches each of them, the offline one at its login
    Given account A is logged in on a PC, a phone and a TV
    And the TV logs out
    When the PC sends "Leaving the office now." to all its other devices
    Then the PC is told the message was accepted for <account>-MP-1 and <account>-TV-1
    And the phone shows a message from <account>-PC-1 saying "Leaving the office now."
    And the PC is shown no further message
    When the TV logs in again with its device credential
    Then the TV shows a message from <account>-PC-1 saying "Leaving the office now."

  # REQ-MSG-005: A server MUST refuse a send to an address that is not another device of the
  # sender's account with the error `unknown-device`.
  @REQ-MSG-005 @must @profile-core
  Scenario: A send to a device of another account is refused
    Given account A is logged in on a PC
    And account B is logged in on a phone
    When the PC sends "Not for strangers." to <account B>-MP-1
    Then the PC's send is refused with the error unknown-device
    And the phone of account B is shown no further message

  # REQ-MSG-005: A server MUST refuse a send to an address that is not another device of the
  # sender's account with the error `unknown-device`.
  @REQ-MSG-005 @must @profile-core
  Scenario: A send to the sender's own address is refused
    Given account A is logged in on a PC and a phone
    When the PC sends "Note to self." to <account>-PC-1
    Then the PC's send is refused with the error unknown-device

  # REQ-MSG-005: A server MUST refuse a send to an address that is not another device of the
  # sender's account with the error `unknown-device`.
  @REQ-MSG-005 @must @profile-core
  Scenario: A send to an address the account has not registered is refused
    Given account A is logged in on a PC and a phone
    When the PC sends "Anyone there?" to <account>-TV-7
    Then the PC's send is refused with the error unknown-device

  # REQ-MSG-006: A server MUST refuse a send whose body is longer than `maxMessageBytes` with the
  # error `message-too-large`.
  @REQ-MSG-006 @must @profile-core
  Scenario: A body one byte over maxMessageBytes is refused, one at the limit is not
    Given account A is logged in on a PC and a phone
    When the PC sends a message of maxMessageBytes bytes to <account>-MP-1
    Then the PC is told the message was accepted
    When the PC sends a message of maxMessageBytes plus one byte to <account>-MP-1
    Then the PC's send is refused with the error message-too-large

  # REQ-MSG-007: A server SHOULD refuse a send with the error `recipient-full` when a recipient
  # already has `maxPendingMessages` undelivered messages.
  # (@serial: the queue fills from as many devices as the account may register, each at the
  # target's frame rate, which would slow the scenarios beside it.)
  @REQ-MSG-007 @should @profile-core @serial
  Scenario: A send to a device that already has maxPendingMessages undelivered messages is refused
    Given account A is logged in on a PC and a phone
    And the phone logs out
    When the PC and more devices of account A send the phone maxPendingMessages messages between them
    And the PC sends "One too many." to <account>-MP-1
    Then the PC's send is refused with the error recipient-full
