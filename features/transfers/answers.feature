Feature: The recipient answers an offer (S53, S54)
  The recipient accepts all or some of the files, or rejects the offer; the sender hears the answer
  at once or after its next login. Only the recipient answers, only while the transfer is offered,
  and a device learns nothing of transfers it does not take part in.

  # REQ-XFER-013: A server MUST answer an accept-offer from the recipient of an offered transfer
  # with the transfer frame in the state `accepted`, in which the files it names, or all files when
  # it names none, are `accepted` and the others `declined`.
  @REQ-XFER-013 @S54 @must @profile-core
  Scenario: The phone accepts every file of the offer
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    And the phone accepts the offer
    Then the phone's accept-offer is answered with a transfer in the state accepted
    And the file "report.pdf" is accepted
    And the file "notes.txt" is accepted

  # REQ-XFER-013: A server MUST answer an accept-offer from the recipient of an offered transfer
  # with the transfer frame in the state `accepted`, in which the files it names, or all files when
  # it names none, are `accepted` and the others `declined`.
  @REQ-XFER-013 @S54 @must @profile-core
  Scenario: The phone accepts one file and declines the other
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    And the phone accepts only the file "notes.txt"
    Then the phone's accept-offer is answered with a transfer in the state accepted
    And the file "report.pdf" is declined
    And the file "notes.txt" is accepted

  # REQ-XFER-014: A server MUST send the transfer frame in its new state to the sender when the
  # recipient accepts the offer, at once when the sender is online and otherwise after the login-ok
  # of its next login.
  @REQ-XFER-014 @S54 @must @profile-core
  Scenario: The online PC hears at once that its offer was accepted
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone accepts the offer
    Then the PC is shown the transfer in the state accepted

  # REQ-XFER-014: A server MUST send the transfer frame in its new state to the sender when the
  # recipient accepts the offer, at once when the sender is online and otherwise after the login-ok
  # of its next login.
  @REQ-XFER-014 @S54 @must @profile-core
  Scenario: The offline PC hears after its next login that its offer was accepted
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC logs out
    And the phone accepts the offer
    And the PC logs in again with its device credential
    Then the PC is shown the transfer in the state accepted

  # REQ-XFER-015: A server MUST answer a reject-offer from the recipient of an offered transfer with
  # the transfer frame in the state `rejected` with reason `declined`, and send that frame, with the
  # recipient's `note`, to the sender.
  @REQ-XFER-015 @S54 @must @profile-core
  Scenario: The phone rejects the offer and the PC reads its note
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone rejects the offer with the note "Not on the phone, please"
    Then the phone's reject-offer is answered with a transfer in the state rejected
    And the transfer's reason is "declined"
    And the PC is shown the transfer in the state rejected
    And the transfer's reason is "declined"
    And the transfer's note is "Not on the phone, please"

  # REQ-XFER-016: A server MUST refuse an accept-offer or reject-offer from a device that is not the
  # transfer's recipient with the error `wrong-party`.
  @REQ-XFER-016 @must @profile-core
  Scenario: The sender cannot accept its own offer
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC accepts the offer
    Then the PC's accept-offer is refused with the error wrong-party

  # REQ-XFER-016: A server MUST refuse an accept-offer or reject-offer from a device that is not the
  # transfer's recipient with the error `wrong-party`.
  @REQ-XFER-016 @must @profile-core
  Scenario: The sender cannot reject its own offer
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC rejects the offer
    Then the PC's reject-offer is refused with the error wrong-party

  # REQ-XFER-017: A server MUST refuse an accept-offer, reject-offer or cancel-transfer on a
  # transfer in a final state, and an answer to a transfer that is not `offered`, with the error
  # `wrong-transfer-state`.
  @REQ-XFER-017 @must @profile-core
  Scenario: A rejected offer can be neither accepted, rejected nor cancelled
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone rejects the offer
    And the phone accepts the offer
    Then the phone's accept-offer is refused with the error wrong-transfer-state
    When the phone rejects the offer
    Then the phone's reject-offer is refused with the error wrong-transfer-state
    When the PC cancels the transfer
    Then the PC's cancel-transfer is refused with the error wrong-transfer-state

  # REQ-XFER-017: A server MUST refuse an accept-offer, reject-offer or cancel-transfer on a
  # transfer in a final state, and an answer to a transfer that is not `offered`, with the error
  # `wrong-transfer-state`.
  @REQ-XFER-017 @must @profile-core
  Scenario: An accepted offer cannot be answered again
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone accepts the offer
    And the phone rejects the offer
    Then the phone's reject-offer is refused with the error wrong-transfer-state

  # REQ-XFER-018: A server MUST refuse a frame that names a transfer its device does not take part
  # in with the error `unknown-transfer`, whether or not the transfer exists.
  @REQ-XFER-018 @must @profile-core
  Scenario: A device of another account cannot touch a transfer it does not take part in
    Given account A is logged in on a PC and a phone
    And account B is logged in on a PC
    When the PC offers "report.pdf" to <account>-MP-1
    And the PC of account B cancels the transfer
    Then the PC of account B's cancel-transfer is refused with the error unknown-transfer

  # REQ-XFER-018: A server MUST refuse a frame that names a transfer its device does not take part
  # in with the error `unknown-transfer`, whether or not the transfer exists.
  @REQ-XFER-018 @must @profile-core
  Scenario: A third device of the account cannot touch a transfer between two others
    Given account A is logged in on a PC, a phone and a TV
    When the PC offers "report.pdf" to <account>-MP-1
    And the TV accepts the offer
    Then the TV's accept-offer is refused with the error unknown-transfer

  # REQ-XFER-018: A server MUST refuse a frame that names a transfer its device does not take part
  # in with the error `unknown-transfer`, whether or not the transfer exists.
  @REQ-XFER-018 @must @profile-core
  Scenario: A transfer that does not exist is refused the same way
    Given account A is logged in on a PC and a phone
    When the PC cancels a transfer the server never made
    Then the PC's cancel-transfer is refused with the error unknown-transfer

  # REQ-XFER-024: A server MUST answer a file-result from the recipient with the transfer frame in
  # which that file has the state `received` or `failed`, and send that frame to the sender.
  @REQ-XFER-024 @S54 @must @profile-core
  Scenario: The phone reports one of two files received and the PC hears of it
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    And the phone accepts the offer
    And the phone reports the file "report.pdf" as received
    Then the phone's file-result is answered with a transfer in the state accepted
    And the file "report.pdf" is received
    And the PC is shown the transfer in the state accepted with the file "report.pdf" received

  # REQ-XFER-024: A server MUST answer a file-result from the recipient with the transfer frame in
  # which that file has the state `received` or `failed`, and send that frame to the sender.
  @REQ-XFER-024 @S54 @must @profile-core
  Scenario: The phone reports a hash mismatch and the file has failed
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    And the phone accepts the offer
    And the phone reports the file "report.pdf" as hash-mismatch
    Then the phone's file-result is answered with a transfer in the state accepted
    And the file "report.pdf" is failed

  # REQ-XFER-025: A server MUST put a transfer into the state `completed` when every accepted file
  # is `received`, and into the state `failed` when every accepted file has a result and one or more
  # `failed`.
  @REQ-XFER-025 @must @profile-core
  Scenario: Every accepted file received completes the transfer
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    And the phone accepts only the file "report.pdf"
    And the phone reports the file "report.pdf" as received
    Then the phone's file-result is answered with a transfer in the state completed
    And the PC is shown the transfer in the state completed

  # REQ-XFER-025: A server MUST put a transfer into the state `completed` when every accepted file
  # is `received`, and into the state `failed` when every accepted file has a result and one or more
  # `failed`.
  @REQ-XFER-025 @must @profile-core
  Scenario: A failed file fails the transfer once every file has a result
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    And the phone accepts the offer
    And the phone reports the file "report.pdf" as failed
    And the phone reports the file "notes.txt" as received
    Then the phone's file-result is answered with a transfer in the state failed
    And the PC is shown the transfer in the state failed

  # REQ-XFER-026: A server MUST refuse a file-result from a device that is not the transfer's
  # recipient with the error `wrong-party`, and one for a file that is not `accepted` with the error
  # `wrong-transfer-state`.
  @REQ-XFER-026 @must @profile-core
  Scenario: The sender cannot report a file's result
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone accepts the offer
    And the PC reports the file "report.pdf" as received
    Then the PC's file-result is refused with the error wrong-party

  # REQ-XFER-026: A server MUST refuse a file-result from a device that is not the transfer's
  # recipient with the error `wrong-party`, and one for a file that is not `accepted` with the error
  # `wrong-transfer-state`.
  @REQ-XFER-026 @must @profile-core
  Scenario: A declined file, and a file reported before, take no result
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" and "notes.txt" to <account>-MP-1
    And the phone accepts only the file "report.pdf"
    And the phone reports the file "notes.txt" as received
    Then the phone's file-result is refused with the error wrong-transfer-state

  # REQ-XFER-026: A server MUST refuse a file-result from a device that is not the transfer's
  # recipient with the error `wrong-party`, and one for a file that is not `accepted` with the error
  # `wrong-transfer-state`.
  @REQ-XFER-026 @must @profile-core
  Scenario: A file of an offer not yet accepted takes no result
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1
    And the phone reports the file "report.pdf" as received
    Then the phone's file-result is refused with the error wrong-transfer-state
