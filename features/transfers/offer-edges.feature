Feature: Offers at the edges of the transfer limits (S51)
  A limit met exactly is within it; a file over a limit is refused wherever it stands in the offer.

  # REQ-XFER-005: A server MUST refuse an offer with a file larger than `maxFileBytes` with the
  # error `file-too-large`.
  @REQ-XFER-005 @must @profile-core
  Scenario: An offer whose second file is over maxFileBytes is refused
    Given account A is logged in on a PC and a phone
    When the PC offers a file of one byte and a file of maxFileBytes plus one byte to <account>-MP-1
    Then the PC's offer is refused with the error file-too-large, or transfer-too-large where its files add up to more than maxTransferBytes

  # REQ-XFER-008: A server MUST refuse an offer with the error `spool-full` when its files, together
  # with the files of the account's other open transfers, would exceed `spoolQuotaBytes`.
  @REQ-XFER-008 @must @profile-core
  Scenario: Files adding up to exactly spoolQuotaBytes are offered
    Given account A is logged in on a PC and a phone
    When the PC makes offers of files adding up to exactly spoolQuotaBytes, none over maxFileBytes, to <account>-MP-1
    Then the PC's offer is answered with a transfer in the state offered

  # REQ-XFER-009: A transfer frame MUST list the offer's files in the order of the offer, numbered
  # by `index` from 0, with the name, path, size, SHA-256 and media type the offer gave.
  @REQ-XFER-009 @S53 @must @profile-core
  Scenario: Each file of a transfer carries its own SHA-256
    Given account A is logged in on a PC and a phone
    When the PC offers two files with different SHA-256 to <account>-MP-1
    Then the phone is shown the offer from <account>-PC-1
    And the transfer lists the offered files in the order of the offer
