Feature: Offering files to another device of the account (S51, S52)
  A device offers files to another device of its account; the server answers with the transfer it
  made and forwards it to the recipient, at once or after the recipient's next login. Offers that
  no device of the account may make, or that go beyond the server's limits, are refused.

  # REQ-XFER-001: A server MUST answer an offer to another device of the sender's account with a
  # transfer frame in the state `offered`, `accepted` or `rejected`, carrying a `transferId` that no
  # other transfer on the server has.
  @REQ-XFER-001 @S51 @S52 @must @profile-core
  Scenario: An offer from the PC is answered with an offered transfer
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    Then the PC's offer is answered with a transfer in the state offered

  # REQ-XFER-001: A server MUST answer an offer to another device of the sender's account with a
  # transfer frame in the state `offered`, `accepted` or `rejected`, carrying a `transferId` that no
  # other transfer on the server has.
  @REQ-XFER-001 @S51 @S52 @must @profile-core
  Scenario: Two offers are given two different transferIds
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC offers "report.pdf" to <account>-MP-1
    Then the PC's offer is answered with a transfer in the state offered
    And the two transfers have different transferIds

  # REQ-XFER-002: A server MUST forward an offer whose transfer is in the state `offered` to its
  # recipient as a transfer frame, at once when the recipient is online and otherwise after the
  # login-ok of its next login.
  @REQ-XFER-002 @S52 @must @profile-core
  Scenario: An online phone is shown the offer at once
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    Then the phone is shown the offer from <account>-PC-1

  # REQ-XFER-002: A server MUST forward an offer whose transfer is in the state `offered` to its
  # recipient as a transfer frame, at once when the recipient is online and otherwise after the
  # login-ok of its next login.
  @REQ-XFER-002 @S52 @must @profile-core
  Scenario: An offline TV is shown the offer after its next login
    Given account A is logged in on a PC and a TV
    And the TV logs out
    When the PC offers "holiday.mp4" to <account>-TV-1
    And the TV logs in again with its device credential
    Then the TV is shown the offer from <account>-PC-1

  # REQ-XFER-003: A server MUST set the `from` of a transfer to the address of the device that sent
  # the offer.
  @REQ-XFER-003 @S51 @must @profile-core
  Scenario: The transfer names the device that offered it
    Given account A is logged in on a PC, a second PC and a phone
    When the second PC offers "report.pdf" to <account>-MP-1
    Then the phone is shown the offer from <account>-PC-2
    And the transfer is from <account>-PC-2 to <account>-MP-1

  # REQ-XFER-004: A server MUST refuse an offer to an address that is not another device of the
  # sender's account with the error `unknown-device`.
  @REQ-XFER-004 @must @profile-core
  Scenario: An offer to a device of another account is refused
    Given account A is logged in on a PC
    And account B is logged in on a phone
    When the PC offers "report.pdf" to <account B>-MP-1
    Then the PC's offer is refused with the error unknown-device
    And the phone of account B is shown nothing of the transfer

  # REQ-XFER-004: A server MUST refuse an offer to an address that is not another device of the
  # sender's account with the error `unknown-device`.
  @REQ-XFER-004 @must @profile-core
  Scenario: An offer to the sender itself is refused
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-PC-1
    Then the PC's offer is refused with the error unknown-device

  # REQ-XFER-004: A server MUST refuse an offer to an address that is not another device of the
  # sender's account with the error `unknown-device`.
  @REQ-XFER-004 @must @profile-core
  Scenario: An offer to a device the account does not have is refused
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-TV-9
    Then the PC's offer is refused with the error unknown-device

  # REQ-XFER-005: A server MUST refuse an offer with a file larger than `maxFileBytes` with the
  # error `file-too-large`.
  @REQ-XFER-005 @must @profile-core
  Scenario: A file one byte over maxFileBytes is refused, a file of maxFileBytes is not
    Given account A is logged in on a PC and a phone
    When the PC offers a file of maxFileBytes plus one byte to <account>-MP-1
    Then the PC's offer is refused with the error file-too-large, or transfer-too-large where its files add up to more than maxTransferBytes
    When the PC offers a file of maxFileBytes bytes to <account>-MP-1
    Then the PC's offer is answered with a transfer in the state offered

  # REQ-XFER-006: A server MUST refuse an offer with more files than `maxFilesPerOffer` with the
  # error `too-many-files`.
  @REQ-XFER-006 @must @profile-core
  Scenario: One file over maxFilesPerOffer is refused, maxFilesPerOffer files are not
    Given account A is logged in on a PC and a phone
    When the PC offers maxFilesPerOffer plus one files to <account>-MP-1
    Then the PC's offer is refused with the error too-many-files
    When the PC offers maxFilesPerOffer files to <account>-MP-1
    Then the PC's offer is answered with a transfer in the state offered

  # REQ-XFER-007: A server MUST refuse an offer with the error `too-many-transfers` when its sender
  # or its recipient already takes part in `maxOpenTransfers` open transfers.
  @REQ-XFER-007 @must @profile-core
  Scenario: A sender in maxOpenTransfers open transfers cannot offer more
    Given account A is logged in on a PC, a phone and a TV
    And the PC has made maxOpenTransfers offers to <account>-MP-1
    When the PC offers "one-more.txt" to <account>-TV-1
    Then the PC's offer is refused with the error too-many-transfers

  # REQ-XFER-007: A server MUST refuse an offer with the error `too-many-transfers` when its sender
  # or its recipient already takes part in `maxOpenTransfers` open transfers.
  @REQ-XFER-007 @must @profile-core
  Scenario: A recipient in maxOpenTransfers open transfers cannot be offered more
    Given account A is logged in on a PC, a phone and a TV
    And the PC has made maxOpenTransfers offers to <account>-MP-1
    When the TV offers "one-more.txt" to <account>-MP-1
    Then the TV's offer is refused with the error too-many-transfers

  # REQ-XFER-008: A server MUST refuse an offer with the error `spool-full` when its files, together
  # with the files of the account's other open transfers, would exceed `spoolQuotaBytes`.
  @REQ-XFER-008 @must @profile-core
  Scenario: Files adding up to more than spoolQuotaBytes are refused
    Given account A is logged in on a PC and a phone
    When the PC makes offers of files of maxFileBytes each, adding up to more than spoolQuotaBytes, to <account>-MP-1
    Then the PC's offer is refused with the error spool-full

  # REQ-XFER-030: A server MUST refuse an offer whose files add up to more than `maxTransferBytes`
  # with the error `transfer-too-large`.
  @REQ-XFER-030 @must @profile-core
  Scenario: Files adding up to one byte over maxTransferBytes are refused, up to maxTransferBytes not
    Given account A is logged in on a PC and a phone
    When the PC offers files adding up to maxTransferBytes plus one byte to <account>-MP-1
    Then the PC's offer is refused with the error transfer-too-large
    When the PC offers files adding up to maxTransferBytes to <account>-MP-1
    Then the PC's offer is answered with a transfer in the state offered

  # REQ-XFER-009: A transfer frame MUST list the offer's files in the order of the offer, numbered
  # by `index` from 0, with the name, path, size, SHA-256 and media type the offer gave.
  @REQ-XFER-009 @S53 @must @profile-core
  Scenario: The phone is shown the files in the order of the offer, as offered
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    Then the phone is shown the offer from <account>-PC-1
    And the transfer lists the offered files in the order of the offer

  # REQ-XFER-009: A transfer frame MUST list the offer's files in the order of the offer, numbered
  # by `index` from 0, with the name, path, size, SHA-256 and media type the offer gave.
  @REQ-XFER-009 @S53 @must @profile-core
  Scenario: A file offered from a folder keeps its path
    Given account A is logged in on a PC and a phone
    When the PC offers "day 1.jpg" in the folder "trip/2026" to <account>-MP-1
    Then the phone is shown the offer from <account>-PC-1
    And the transfer lists the offered files in the order of the offer

  # REQ-XFER-021: The `expiresAt` of an offered transfer MUST be its offer time plus the smaller of
  # the offer's `expiresIn` and `offerLifetimeSeconds`.
  @REQ-XFER-021 @must @profile-core
  Scenario: An offer that asks for a short life expires after it
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1, to expire in half of offerLifetimeSeconds
    Then the PC's offer is answered with a transfer in the state offered
    And the transfer expires half of offerLifetimeSeconds after it was offered

  # REQ-XFER-021: The `expiresAt` of an offered transfer MUST be its offer time plus the smaller of
  # the offer's `expiresIn` and `offerLifetimeSeconds`.
  @REQ-XFER-021 @must @profile-core
  Scenario: An offer that asks for a longer life than the server allows gets offerLifetimeSeconds
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1, to expire in 2592000 seconds
    Then the PC's offer is answered with a transfer in the state offered
    And the transfer expires offerLifetimeSeconds after it was offered
