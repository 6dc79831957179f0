Feature: Cancelling, expiry and what a party missed while offline
  Either party may end an open transfer; an unanswered offer expires; a party that was offline is
  sent its open transfers and those that ended meanwhile after its next login; a removed device
  takes its open transfers with it.

  # REQ-XFER-019: A server MUST let either party cancel an open transfer: it answers the
  # cancel-transfer with the transfer frame in the state `cancelled`, with reason `cancelled` and
  # `by` naming the cancelling device, and sends that frame to the other party.
  @REQ-XFER-019 @must @profile-core
  Scenario: The sender cancels an offered transfer and the recipient hears who did
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC cancels the transfer
    Then the PC's cancel-transfer is answered with a transfer in the state cancelled
    And the transfer's reason is "cancelled"
    And the transfer's by is "<account>-PC-1"
    And the phone is shown the transfer in the state cancelled
    And the transfer's by is "<account>-PC-1"

  # REQ-XFER-019: A server MUST let either party cancel an open transfer: it answers the
  # cancel-transfer with the transfer frame in the state `cancelled`, with reason `cancelled` and
  # `by` naming the cancelling device, and sends that frame to the other party.
  @REQ-XFER-019 @must @profile-core
  Scenario: The recipient cancels an accepted transfer and the sender hears who did
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone accepts the offer
    And the phone cancels the transfer
    Then the phone's cancel-transfer is answered with a transfer in the state cancelled
    And the PC is shown the transfer in the state cancelled
    And the transfer's reason is "cancelled"
    And the transfer's by is "<account>-MP-1"

  # REQ-XFER-020: A server MUST put a transfer that stays `offered` until its `expiresAt` into the
  # state `expired` and send its transfer frame to both parties.
  @REQ-XFER-020 @must @profile-core
  Scenario: An offer nobody answers expires for both parties
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1, to expire in 1 second
    Then the phone is shown the offer from <account>-PC-1
    And the phone is shown the transfer in the state expired
    And the transfer's reason is "expired"
    And the PC is shown the transfer in the state expired

  # REQ-XFER-022: A server MUST send a party, after the login-ok of its next login, the transfer
  # frame of each open transfer it takes part in and of each transfer that ended while it was
  # offline and that the server has not yet forgotten (REQ-XFER-028).
  @REQ-XFER-022 @must @profile-core
  Scenario: An open transfer is sent to its party at each login
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone accepts the offer
    And the PC logs in again with its device credential on a new connection
    Then the PC is shown the transfer in the state accepted

  # REQ-XFER-022: A server MUST send a party, after the login-ok of its next login, the transfer
  # frame of each open transfer it takes part in and of each transfer that ended while it was
  # offline and that the server has not yet forgotten (REQ-XFER-028).
  @REQ-XFER-022 @must @profile-core
  Scenario: A transfer that ended while its sender was offline is sent after its next login
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC logs out
    And the phone rejects the offer
    And the PC logs in again with its device credential
    Then the PC is shown the transfer in the state rejected

  # REQ-PRIMARY-010: When a device is removed or revoked, a server MUST cancel every open transfer
  # it takes part in with reason `device-removed` and send the transfer frame to the other party.
  @REQ-PRIMARY-010 @must @profile-core
  Scenario: A device that removes itself takes its open transfers with it
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone logs out and removes itself
    Then the PC is shown the transfer in the state cancelled
    And the transfer's reason is "device-removed"
