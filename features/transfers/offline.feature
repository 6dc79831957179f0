Feature: Transfers to a device that is offline
  An offer waits for a device that is offline. A direct offer is accepted at once: the sender uploads
  while the recipient is away and may go offline itself; the server keeps the bytes, and the
  recipient is sent the accepted transfer with its download token after its next login.

  # REQ-XFER-029: A server MUST accept the upload of an accepted file while the transfer's recipient
  # is offline, and keep the bytes for the recipient until the file's result is reported or the
  # transfer ends.
  @REQ-XFER-029 @S63 @claim10 @must @profile-core
  Scenario: A direct file for an offline phone waits on the server after its sender left
    Given account A is logged in on a PC and a phone
    And the phone has set its own receive permission to direct
    When the phone logs out
    And the PC makes a direct offer of a 1000 byte file to the phone
    And the PC uploads the file
    Then the answer is HTTP status 204 with Upload-Offset the file's size
    When the PC logs out
    And the phone logs in again with its device credential
    Then the phone is sent the direct transfer, accepted, with its download token
    When the phone downloads the file
    Then the answer is HTTP status 200 with Content-Length the file's size
    And the phone has the file's bytes, matching its SHA-256
    When the phone reports the file received
    And the PC logs in again with its device credential
    Then the PC is shown the transfer in the state completed
