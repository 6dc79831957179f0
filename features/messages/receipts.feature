Feature: Receipts
  The sender of a message is told when its recipient acknowledged it, or that it never will
  because the recipient was removed; a sender that is offline is told at its next login.

  # REQ-MSG-018: After a recipient acknowledges a message, a server MUST send delivered to the
  # sending device, at once when it is online and otherwise after the login-ok of its next login.
  @REQ-MSG-018 @S43 @must @profile-core
  Scenario: An online sender is told at once that its message was delivered
    Given account A is logged in on a PC and a phone
    When the PC sends "The slides are on the desktop." to <account>-MP-1
    And the phone shows a message from <account>-PC-1 saying "The slides are on the desktop."
    And the phone acknowledges the messages it was shown
    Then the PC is told the message was delivered

  # REQ-MSG-018: After a recipient acknowledges a message, a server MUST send delivered to the
  # sending device, at once when it is online and otherwise after the login-ok of its next login.
  @REQ-MSG-018 @S43 @must @profile-core
  Scenario: A sender that was offline is told after its next login that its message was delivered
    Given account A is logged in on a PC and a phone
    When the PC sends "The slides are on the desktop." to <account>-MP-1
    And the PC is told the message was accepted
    And the PC logs out
    And the phone shows a message from <account>-PC-1 saying "The slides are on the desktop."
    And the phone acknowledges the messages it was shown
    And the PC logs in again with its device credential
    Then the PC is told the message was delivered

  # REQ-MSG-019: When a device is removed, a server MUST discard the messages it has not acknowledged and
  # send undeliverable, with reason `device-removed`, for each to its sending device, at once when
  # it is online and otherwise after the login-ok of its next login.
  @REQ-MSG-019 @must @profile-core
  Scenario: An online sender is told that its message will not reach a removed device
    Given account A is logged in on a PC and a phone
    When the PC sends "You will never read this." to <account>-MP-1
    And the phone shows a message from <account>-PC-1 saying "You will never read this."
    And the phone logs out and removes itself
    Then the PC is told the message to <account>-MP-1 is undeliverable as the device was removed

  # REQ-MSG-019: When a device is removed, a server MUST discard the messages it has not acknowledged and
  # send undeliverable, with reason `device-removed`, for each to its sending device, at once when
  # it is online and otherwise after the login-ok of its next login.
  @REQ-MSG-019 @must @profile-core
  Scenario: A sender that was offline is told after its next login of a removed recipient
    Given account A is logged in on a PC and a phone
    When the PC sends "You will never read this." to <account>-MP-1
    And the PC is told the message was accepted
    And the PC logs out
    And the phone logs out and removes itself
    And the PC logs in again with its device credential
    Then the PC is told the message to <account>-MP-1 is undeliverable as the device was removed

  # REQ-MSG-021: A server MUST store a receipt in the same durable write that records the
  # acknowledgement or removal causing it, and send it again after the login-ok of each login of
  # its sending device until that device acknowledges it with receipt-ack.
  @REQ-MSG-021 @S43 @must @profile-core
  Scenario: A receipt the sender did not acknowledge is sent again at its next login
    Given account A is logged in on a PC and a phone
    When the PC sends "Did the receipt come?" to <account>-MP-1
    And the phone shows a message from <account>-PC-1 saying "Did the receipt come?"
    And the phone acknowledges the messages it was shown
    And the PC is told the message was delivered
    And the PC logs out
    And the PC logs in again with its device credential
    Then the PC is told the message was delivered

  # REQ-MSG-021: A server MUST store a receipt in the same durable write that records the
  # acknowledgement or removal causing it, and send it again after the login-ok of each login of
  # its sending device until that device acknowledges it with receipt-ack.
  @REQ-MSG-021 @S43 @must @profile-core
  Scenario: A sender whose connection died unseen learns of the delivery at its next login
    Given account A is logged in on a PC and a phone
    When the PC sends "Lost on the way?" to <account>-MP-1
    And the PC is told the message was accepted
    And the PC's connection goes silent
    And the phone shows a message from <account>-PC-1 saying "Lost on the way?"
    And the phone acknowledges the messages it was shown
    And the PC's connection drops without a close
    And the PC logs in again with its device credential
    Then the PC is told the message was delivered

  # REQ-MSG-022: A server MUST NOT send a receipt again once its sending device has acknowledged it
  # with receipt-ack.
  # REQ-MSG-023: A server MUST answer every receipt-ack with ok, ignoring the ids that name no
  # receipt held for the acknowledging device.
  @REQ-MSG-022 @REQ-MSG-023 @S43 @must @profile-core
  Scenario: A receipt the sender acknowledged is never sent again
    Given account A is logged in on a PC and a phone
    When the PC sends "Once is enough." to <account>-MP-1
    And the phone shows a message from <account>-PC-1 saying "Once is enough."
    And the phone acknowledges the messages it was shown
    And the PC is told the message was delivered
    And the PC acknowledges the receipts it was sent
    And the PC's receipt-ack is answered with ok
    And the PC acknowledges a receipt it was never sent
    And the PC's receipt-ack is answered with ok
    And the PC logs out
    And the PC logs in again with its device credential
    Then the PC is not told again that the message was delivered
