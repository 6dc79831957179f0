Feature: One offer to several devices
  One offer may go to several devices of the account, or to every other one with *: the server makes
  a transfer per recipient, in one group; each recipient answers its own, and one upload of a file
  serves every recipient that accepted it.

  # REQ-XFER-031: A server MUST make, for an offer whose `to` is `*` or that has `otherRecipients`,
  # one transfer for each device the offer names, or for each other device of the account when `to`
  # is `*`, all with the same `group`, and forward each only to its own recipient.
  # REQ-XFER-032: A server MUST answer an offer whose `to` is `*` or that has `otherRecipients` by
  # sending the sender, without a `replyTo`, the transfer frame of each transfer it made, and then ok
  # naming the offer.
  @REQ-XFER-031 @REQ-XFER-032 @S51 @S52 @must @profile-core
  Scenario: One offer to the phone and the TV; the phone accepts, the TV rejects
    Given account A is logged in on a PC, a phone and a TV
    When the PC offers "holiday.mp4" to <account>-MP-1 and <account>-TV-1 at once
    Then the PC's offer is answered with a transfer for each of <account>-MP-1 and <account>-TV-1, in one group, then ok
    And the phone is shown its own transfer of the group, offered
    When the phone accepts the offer
    Then the phone's accept-offer is answered with a transfer in the state accepted
    And the TV is shown its own transfer of the group, offered
    When the TV rejects the offer
    Then the TV's reject-offer is answered with a transfer in the state rejected
    And the PC is shown the transfer to <account>-MP-1 in the state accepted
    And the PC is shown the transfer to <account>-TV-1 in the state rejected

  # REQ-XFER-033: A server MUST count the bytes of a file uploaded with the token of one transfer of
  # a group for every transfer of the group in which the file is accepted, in its `Upload-Offset` and
  # in the bytes a `GET` with its download token is sent.
  @REQ-XFER-033 @S54 @must @profile-core
  Scenario: One upload serves the phone and the TV
    Given account A is logged in on a PC, a phone and a TV
    And the phone has set its own receive permission to direct
    And the TV has set its own receive permission to direct
    When the PC makes a direct offer of a 1000 byte file to the phone and the TV at once
    And the PC uploads the file with the token of its transfer to the phone
    Then the answer is HTTP status 204 with Upload-Offset the file's size
    When the PC asks for the upload offset with the token of its transfer to the TV
    Then the answer is HTTP status 204 with Upload-Offset the file's size
    When the TV downloads the file of its own transfer
    Then the answer is HTTP status 200 with Content-Length the file's size
    And the TV has the file's bytes, matching its SHA-256

  # REQ-XFER-034: A server MUST refuse an offer to several devices as a whole, and make no transfer,
  # when it would refuse an offer of the same files to one of them, or when the sender would take
  # part in more than `maxOpenTransfers` open transfers.
  @REQ-XFER-034 @must @profile-core
  Scenario: An offer to the phone and to a device the account does not have is refused as a whole
    Given account A is logged in on a PC and a phone
    When the PC offers "holiday.mp4" to <account>-MP-1 and <account>-TV-9 at once
    Then the PC's offer is refused with the error unknown-device
    And the phone is shown nothing of the transfer
