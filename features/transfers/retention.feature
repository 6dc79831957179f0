Feature: Retention of ended transfers
  A server keeps a transfer for transferRetentionSeconds after it ended, so that a late frame about
  it gets a precise answer, and then forgets it: a frame that names it is refused as one that names
  no transfer of the device. A target that keeps transfers longer than the kit waits is not
  verified.

  # REQ-XFER-028: A server MUST forget a transfer `transferRetentionSeconds` after it ended, and
  # from then on refuse a frame that names it with the error `unknown-transfer`.
  @REQ-XFER-028 @must @profile-core
  Scenario: A cancelled transfer is kept for its retention, then forgotten
    Given account A is logged in on a PC and a phone
    And transferRetentionSeconds is a time the kit waits for
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC cancels the transfer
    And the phone cancels the transfer
    Then the phone's cancel-transfer is refused with the error wrong-transfer-state
    When transferRetentionSeconds pass after the transfer ended
    And the phone cancels the transfer
    And the PC cancels the transfer
    Then the phone's cancel-transfer is refused with the error unknown-transfer
    And the PC's cancel-transfer is refused with the error unknown-transfer
