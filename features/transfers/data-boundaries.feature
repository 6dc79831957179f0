Feature: The data channel at its edges (S53, S54)
  A token is compared exactly, and a file's announced size is a bound to the byte.

  # REQ-DATA-003: A server MUST answer with HTTP status 403 a data request whose token is not the
  # token issued for that file of that transfer for that request's direction, including a token of
  # another file, of another transfer, of the other party or of another account.
  @REQ-DATA-003 @must @profile-core
  Scenario: A file's own token with the case of its letters swapped gets 403
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000 byte file from the PC to the phone
    When the PC asks for the upload offset with its upload token in swapped case
    Then the answer is HTTP status 403
    When the PC uploads the file with its upload token in swapped case
    Then the answer is HTTP status 403
    When the PC asks for the upload offset
    Then the answer is HTTP status 204 with Upload-Offset 0

  # REQ-DATA-008: A server MUST refuse with HTTP status 413 a `PUT` that would take the file past the
  # size its offer announced, and keep the bytes it held before.
  @REQ-DATA-008 @must @profile-core
  Scenario: An upload that would end one byte past the announced size is refused with 413
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 10000 byte file from the PC to the phone
    When the PC uploads the first 1000 bytes of the file
    Then the answer is HTTP status 204 with Upload-Offset 1000
    When the PC uploads 9001 bytes from byte 1000
    Then the answer is HTTP status 413
    When the PC asks for the upload offset
    Then the answer is HTTP status 204 with Upload-Offset 1000

  # REQ-DATA-004: A server MUST answer with HTTP status 410 a data request that carries the right
  # token of a transfer that has ended or of a file whose result has been reported.
  @REQ-DATA-004 @must @profile-core
  # (The file's result comes before any of its bytes, so that the server holds none of them and the
  # upload from byte 0 breaks no rule but this one: CHOICE-DATA-02.)
  Scenario: The right tokens of a reported file get 410 while the other file keeps the transfer open
    Given account A is logged in on a PC and a phone
    And an accepted transfer of two 1000 byte files from the PC to the phone
    When the phone reports the file failed
    And the PC uploads the file
    Then the answer is HTTP status 410
    When the PC asks for the upload offset
    Then the answer is HTTP status 410
    When the phone downloads the file
    Then the answer is HTTP status 410
