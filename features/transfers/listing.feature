Feature: Listing transfers
  A device that lost track of its transfers asks for them: the server sends the transfer frame of
  each open transfer it takes part in, as that party sees it, and then ok.

  # REQ-XFER-050: A server MUST answer a list-transfers by sending the device, without a `replyTo`,
  # the transfer frame of each open transfer it takes part in, and then ok naming the
  # list-transfers.
  @REQ-XFER-050 @must @profile-core
  Scenario: Each party lists an accepted transfer, though it was told of it before
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone is shown the offer from <account>-PC-1
    And the phone accepts the offer
    And the PC is shown the transfer in the state accepted
    And the PC sends a list-transfers
    And the phone sends a list-transfers
    Then the PC's list-transfers is answered with ok
    And the PC is shown the transfer in the state accepted with the file "report.pdf" accepted
    And the phone's list-transfers is answered with ok
    And the phone is shown the transfer in the state accepted with the file "report.pdf" accepted

  # REQ-XFER-050: A server MUST answer a list-transfers by sending the device, without a `replyTo`,
  # the transfer frame of each open transfer it takes part in, and then ok naming the
  # list-transfers.
  @REQ-XFER-050 @must @profile-core
  Scenario: The sender lists the offer it made, and a device of the account that takes no part lists none of it
    Given account A is logged in on a PC, a phone and a TV
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC sends a list-transfers
    And the TV sends a list-transfers
    Then the PC's list-transfers is answered with ok
    And the PC is shown the transfer in the state offered
    And the TV's list-transfers is answered with ok
    And the TV is shown nothing of the transfer

  # REQ-XFER-050: A server MUST answer a list-transfers by sending the device, without a `replyTo`,
  # the transfer frame of each open transfer it takes part in, and then ok naming the
  # list-transfers.
  @REQ-XFER-050 @must @profile-core
  Scenario: A cancelled transfer is not listed
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC cancels the transfer
    And the phone is shown the offer from <account>-PC-1
    And the phone is shown the transfer in the state cancelled
    And the phone sends a list-transfers
    Then the phone's list-transfers is answered with ok
    And the phone is shown nothing of the transfer
