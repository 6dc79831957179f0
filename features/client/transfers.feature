@client
Feature: Transfers seen from the receiving and the sending client
  The kit plays the server and the account's PC, which offers files to the client under test, and
  serves their bytes over HTTP. What the client reports and what it leaves in its receive folder are
  judged.

  # REQ-XFER-023: A receiving client MUST compute the SHA-256 of each file it downloads and report
  # `hash-mismatch` when it differs from the one announced.
  # REQ-XFER-101: A receiving client MUST NOT keep a file whose SHA-256 differs from the one
  # announced where it keeps the files it received.
  @REQ-XFER-023 @REQ-XFER-101 @S54 @must
  Scenario: A file whose bytes do not match its SHA-256 is not received
    Given the client is registered as a device of the account
    And the account's PC offers the client "report.pdf" of 40000 bytes
    And the server serves other bytes than the offer announced for every file
    When the client accepts the offer
    Then the client reported file 0 as hash-mismatch
    And the receive folder holds no file named "report.pdf"

  # REQ-XFER-102: A receiving client MUST report with a file-result each file it downloaded:
  # `received` when it stored the file intact, `hash-mismatch` or `failed` otherwise.
  @REQ-XFER-102 @S53 @S54 @must
  Scenario: An accepted file is downloaded, stored and reported received
    Given the client is registered as a device of the account
    And the account's PC offers the client "report.pdf" of 40000 bytes
    When the client accepts the offer
    Then the client's action succeeded
    And the client reported file 0 as received
    And the receive folder holds "report.pdf" with the bytes the PC offered

  # REQ-XFER-103: A receiving client whose download of a file broke off SHOULD ask for the rest
  # with a `GET` whose `Range` starts at the number of bytes it kept.
  @REQ-XFER-103 @S54 @should
  Scenario: A download cut short goes on from where it stopped
    Given the client is registered as a device of the account
    And the account's PC offers the client "film.mp4" of 300000 bytes
    And the server cuts the first download of each file after 100000 bytes
    When the client accepts the offer
    Then the client asked for the rest of file 0 with a Range from the bytes it had
    And the receive folder holds "film.mp4" with the bytes the PC offered

  # REQ-XFER-105: A receiving client MUST NOT download a file of an offer that its user rejected.
  @REQ-XFER-105 @S53 @S54 @must
  Scenario: A rejected offer is never downloaded, even when the server says it was accepted
    Given the client is registered as a device of the account
    And the account's PC offers the client "report.pdf" of 40000 bytes
    And the server answers a rejection with the transfer accepted and download tokens
    When the client rejects the offer
    Then the client sent reject-offer for the offer
    And the client downloaded nothing

  # REQ-XFER-104: A sending client MUST announce in an offer the size and the SHA-256 of the bytes
  # of each file it offers.
  @REQ-XFER-104 @S51 @must
  Scenario: An offer announces each file's size and SHA-256
    Given the client is registered as a device of the account
    And the client has a file "notes.txt" of 12345 bytes to offer
    When the client offers "notes.txt" to the account's PC with the permission ask
    Then the client's offer announced the size and SHA-256 of "notes.txt"
