Feature: Progress while bytes move
  Both parties of a transfer see how far its bytes have come, often enough for a progress bar
  and not so often that the frames crowd the control channel.

  # REQ-DATA-016: While a file's bytes move, a server SHOULD send transfer-progress to both parties
  # at least once a second and at most four times a second.
  @REQ-DATA-016 @S54 @should @profile-core
  Scenario: Both parties are sent progress one to four times a second while an upload runs
    Given account A is logged in on a PC and a phone
    And an accepted transfer of a 400000 byte file from the PC to the phone
    When the PC uploads the file in 20 parts over 4 seconds
    Then the PC's upload is answered with HTTP status 204
    And the PC and the phone were sent transfer-progress one to four times in each second of the upload
