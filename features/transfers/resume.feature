Feature: Resuming uploads and downloads (S54)
  A connection that breaks costs only the bytes that did not arrive: the server keeps what it
  received and says how much, and a download goes on from a byte with a range.

  # REQ-DATA-006: A server MUST answer a `HEAD` with a file's upload token with HTTP status 204 and
  # `Upload-Offset` set to the number of bytes of the file it holds, also after a broken upload.
  # REQ-DATA-007: A server MUST refuse with HTTP status 409, and with `Upload-Offset` set to the
  # number of bytes it holds, a `PUT` that starts at another offset than that number.
  @REQ-DATA-006 @REQ-DATA-007 @REQ-DATA-005 @S54 @must @profile-core
  Scenario: An upload cut midway resumes from the offset the server holds
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a large file from the PC to the phone
    When the PC uploads the first third of the file and the connection breaks
    And the PC asks for the upload offset
    Then the answer is HTTP status 204 with Upload-Offset at a third of the file
    When the PC uploads the file
    Then the answer is HTTP status 409 with Upload-Offset at a third of the file
    When the PC uploads the rest of the file from a third of it
    Then the answer is HTTP status 204 with Upload-Offset the file's size
    When the phone downloads the file
    Then the phone has the file's bytes, matching its SHA-256

  # REQ-DATA-008: A server MUST refuse with HTTP status 413 a `PUT` that would take the file past the
  # size its offer announced, and keep the bytes it held before.
  @REQ-DATA-008 @must @profile-core
  Scenario: An upload past the announced size is refused with 413 and the bytes held stay
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 10000 byte file from the PC to the phone
    When the PC uploads the first 1000 bytes of the file
    Then the answer is HTTP status 204 with Upload-Offset 1000
    When the PC uploads 20000 bytes from byte 1000
    Then the answer is HTTP status 413
    When the PC asks for the upload offset
    Then the answer is HTTP status 204 with Upload-Offset 1000

  # REQ-DATA-011: A server MUST answer a `GET` with `Range: bytes=<first>-` or
  # `Range: bytes=<first>-<last>` within the file with HTTP status 206, the matching
  # `Content-Range`, and the bytes of that range.
  @REQ-DATA-011 @must @profile-core
  Scenario: A download cut midway resumes with a range
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000000 byte file from the PC to the phone
    When the PC uploads the file
    And the phone downloads the first 400000 bytes of the file and the connection breaks
    And the phone downloads the bytes 400000- of the file
    Then the answer is HTTP status 206 with Content-Range "bytes 400000-999999/1000000"
    And the phone has the file's bytes, matching its SHA-256
