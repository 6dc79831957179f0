Feature: The data channel (S54)
  Each accepted file has its own address on the server's port: the sender uploads it with PUT, the
  recipient downloads it with GET, each with the token the server gave it alone.

  # REQ-DATA-001: A server MUST give each accepted file an upload token and a download token of at
  # least 128 random bits, and send each only to the device it is for.
  @REQ-DATA-001 @must @profile-core
  Scenario: The sender and the recipient of an accepted file are each given their own token
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000 byte file from the PC to the phone
    Then the PC and the phone were each given a token of at least 128 bits, and not the same one
    When the phone downloads the file "" with the upload token of ""
    Then the answer is HTTP status 403
    When the PC uploads the file "" with the download token of ""
    Then the answer is HTTP status 403

  # REQ-DATA-005: A server MUST store the bytes of a `PUT` at its starting offset and answer with
  # HTTP status 204 and `Upload-Offset` set to the number of bytes it then holds.
  # REQ-DATA-009: A server MUST answer a `GET` with a file's download token with HTTP status 200, a
  # `Content-Length` equal to the file's announced size, and the file's bytes in order.
  @REQ-DATA-005 @REQ-DATA-009 @S54 @must @profile-core
  Scenario: The sender uploads a large file and the recipient downloads it whole
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a large file from the PC to the phone
    When the PC uploads the file
    Then the answer is HTTP status 204 with Upload-Offset the file's size
    When the phone downloads the file
    Then the answer is HTTP status 200 with Content-Length the file's size
    And the phone has the file's bytes, matching its SHA-256

  # REQ-DATA-002: A server MUST answer a data request without an `Authorization: Bearer` header with
  # HTTP status 401.
  @REQ-DATA-002 @must @profile-core
  Scenario: Data requests without a Bearer token are refused with 401
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000 byte file from the PC to the phone
    When the PC uploads the file with no token
    Then the answer is HTTP status 401
    When the PC asks for the upload offset with no token
    Then the answer is HTTP status 401
    When the phone downloads the file with no token
    Then the answer is HTTP status 401

  # REQ-DATA-003: A server MUST answer with HTTP status 403 a data request whose token is not the
  # token issued for that file of that transfer for that request's direction, including a token of
  # another file, of another transfer, of the other party or of another account.
  @REQ-DATA-003 @must @profile-core
  Scenario: Tokens of another transfer, of the other party, of another account or of nobody get 403
    Given account A is logged in on a PC and a phone
    And account B is logged in on a PC and a phone
    And an accepted transfer "ours" of a 1000 byte file from the PC to the phone
    And an accepted transfer "other" of a 1000 byte file from the PC to the phone
    And an accepted transfer "theirs" of a 1000 byte file from the PC of account B to the phone of account B
    When the PC uploads the file "ours" with the upload token of "other"
    Then the answer is HTTP status 403
    When the PC uploads the file "ours" with the upload token of "theirs"
    Then the answer is HTTP status 403
    When the PC uploads the file "ours" with the download token of "ours"
    Then the answer is HTTP status 403
    When the phone downloads the file "ours" with the download token of "other"
    Then the answer is HTTP status 403
    When the phone downloads the file "ours" with the download token of "theirs"
    Then the answer is HTTP status 403
    When the phone downloads the file "ours" with the upload token of "ours"
    Then the answer is HTTP status 403
    When the phone downloads the file with a made-up token
    Then the answer is HTTP status 403

  # REQ-DATA-004: A server MUST answer with HTTP status 410 a data request that carries the right
  # token of a transfer that has ended or of a file whose result has been reported.
  @REQ-DATA-004 @must @profile-core
  # (The sender asks for the upload offset rather than uploading again: a server may still hold the
  # bytes, and then an upload from byte 0 would break the offset rule as well, CHOICE-DATA-02.)
  Scenario: The right tokens of a file whose result is reported get 410
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000 byte file from the PC to the phone
    When the PC uploads the file
    And the phone downloads the file
    And the phone reports the file received
    And the phone downloads the file
    Then the answer is HTTP status 410
    When the PC asks for the upload offset
    Then the answer is HTTP status 410

  # REQ-DATA-004: A server MUST answer with HTTP status 410 a data request that carries the right
  # token of a transfer that has ended or of a file whose result has been reported.
  @REQ-DATA-004 @must @profile-core
  Scenario: The right tokens of a cancelled transfer get 410
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000 byte file from the PC to the phone
    When the PC cancels the accepted transfer
    And the PC uploads the file
    Then the answer is HTTP status 410
    When the phone downloads the file
    Then the answer is HTTP status 410

  # REQ-DATA-010: A server MUST serve a `GET` of a file before its upload has ended, sending bytes as
  # they arrive.
  @REQ-DATA-010 @S54 @must @profile-core
  Scenario: A download started before the upload is sent the bytes as they arrive
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a large file from the PC to the phone
    When the phone starts downloading the file
    And the PC uploads the first half of the file and holds the rest back
    Then the phone receives the first half of the file
    When the PC sends the rest of the file from half of it
    Then the PC's upload is answered with HTTP status 204
    And the phone receives the rest of the file, matching its SHA-256

  # REQ-DATA-011: A server MUST answer a `GET` with `Range: bytes=<first>-` or
  # `Range: bytes=<first>-<last>` within the file with HTTP status 206, the matching
  # `Content-Range`, and the bytes of that range.
  @REQ-DATA-011 @must @profile-core
  Scenario: A range of the file is answered with 206 and those bytes
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 10000 byte file from the PC to the phone
    When the PC uploads the file
    And the phone downloads the bytes 1000- of the file
    Then the answer is HTTP status 206 with Content-Range "bytes 1000-9999/10000"
    And the answer holds the file's bytes from 1000 to 9999
    When the phone downloads the bytes 10-19 of the file
    Then the answer is HTTP status 206 with Content-Range "bytes 10-19/10000"
    And the answer holds the file's bytes from 10 to 19

  # REQ-DATA-012: A server MUST answer a `GET` whose range starts at or beyond the end of a non-empty
  # file with HTTP status 416.
  @REQ-DATA-012 @must @profile-core
  Scenario: A range that starts at the end of the file is refused with 416
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 10000 byte file from the PC to the phone
    When the PC uploads the file
    And the phone downloads the bytes 10000- of the file
    Then the answer is HTTP status 416
    When the phone downloads the bytes 20000-20010 of the file
    Then the answer is HTTP status 416

  # REQ-DATA-015: A server MUST send transfer-progress to both parties when the upload of a file
  # completes and when a download of it reaches the file's end.
  @REQ-DATA-015 @must @profile-core
  Scenario: Both parties are told when the upload completes and when the download reaches the end
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 5000 byte file from the PC to the phone
    When the PC uploads the file
    Then the PC and the phone are sent transfer-progress with uploaded 5000
    When the phone downloads the file
    Then the PC and the phone are sent transfer-progress with downloaded 5000

  # REQ-DATA-018: A server MUST refuse with HTTP status 400, and with `Upload-Offset` set to the
  # number of bytes it then holds, a `PUT` whose body runs past the end of its `Content-Range`, and
  # keep none of the bytes beyond that end.
  @REQ-DATA-018 @must @profile-core
  Scenario: A chunked upload that runs past its Content-Range is refused and keeps nothing past it
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 1000 byte file from the PC to the phone
    When the PC uploads 50 bytes in chunks, saying Content-Range bytes 0-9
    Then the answer is HTTP status 400 with an Upload-Offset of at most 10
    When the PC asks for the upload offset
    Then the answer is HTTP status 204 with the Upload-Offset the refusal named
