Feature: Receive permissions decide how an offer is taken (S61 to S63)
  The sender chooses a permission, the recipient sets its own, the primary device sets a policy for
  it; the most restrictive applies. direct takes the files at once, reject refuses them at once, and
  a recipient that refuses an offer at once never hears of it.

  # REQ-PERM-001: The `permission` of a transfer MUST be the most restrictive of the offer's
  # permission, the recipient's own `receive` setting and the `transfers` of the recipient's policy.
  @REQ-PERM-001 @S62 @S63 @must @profile-core
  Scenario: With nothing restricted, the sender's choice applies
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1 with the permission ask
    Then the PC's offer is answered with a transfer in the state offered
    And the transfer's permission is "ask"

  # REQ-PERM-001: The `permission` of a transfer MUST be the most restrictive of the offer's
  # permission, the recipient's own `receive` setting and the `transfers` of the recipient's policy.
  @REQ-PERM-001 @S62 @S63 @must @profile-core
  Scenario: The recipient's own setting restricts a direct offer to ask
    Given account A is logged in on a PC and a phone
    And the phone has set its own receive permission to ask
    When the PC offers "report.pdf" to <account>-MP-1 with the permission direct
    Then the PC's offer is answered with a transfer in the state offered
    And the transfer's permission is "ask"

  # REQ-PERM-001: The `permission` of a transfer MUST be the most restrictive of the offer's
  # permission, the recipient's own `receive` setting and the `transfers` of the recipient's policy.
  @REQ-PERM-001 @S62 @S63 @claim5 @must @profile-core
  Scenario: The primary device's policy restricts a direct offer to ask
    Given account A is logged in on a PC and a phone
    And the PC has set the policy of <account>-MP-1 to transfers ask
    When the PC offers "report.pdf" to <account>-MP-1 with the permission direct
    Then the PC's offer is answered with a transfer in the state offered
    And the transfer's permission is "ask"

  # REQ-PERM-002: A server MUST put an offer whose permission is `direct` into the state `accepted`
  # at once, with every file accepted, and send it to both parties without waiting for an answer.
  @REQ-PERM-002 @S63 @claim10 @must @profile-core
  Scenario: A direct offer is accepted at once and both parties are told
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1 with the permission direct
    Then the PC's offer is answered with a transfer in the state accepted
    And the file "report.pdf" is accepted
    And the phone is shown the transfer in the state accepted
    And the transfer's permission is "direct"
    And the file "report.pdf" is accepted

  # REQ-PERM-003: A server MUST put an offer whose permission is `reject` into the state `rejected`
  # at once, with reason `permission`.
  @REQ-PERM-003 @S63 @must @profile-core
  Scenario: An offer whose sender chose reject is rejected at once
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1 with the permission reject
    Then the PC's offer is answered with a transfer in the state rejected
    And the transfer's reason is "permission"

  # REQ-PERM-003: A server MUST put an offer whose permission is `reject` into the state `rejected`
  # at once, with reason `permission`.
  @REQ-PERM-003 @S63 @must @profile-core
  Scenario: An offer to a recipient that takes nothing is rejected at once
    Given account A is logged in on a PC and a phone
    And the phone has set its own receive permission to reject
    When the PC offers "report.pdf" to <account>-MP-1 with the permission direct
    Then the PC's offer is answered with a transfer in the state rejected
    And the transfer's reason is "permission"

  # REQ-PERM-004: A server MUST put an offer with a file larger than the `maxFileBytes` of the
  # recipient's policy into the state `rejected` at once, with reason `size-cap`.
  @REQ-PERM-004 @claim5 @must @profile-core
  Scenario: A file over the recipient's cap is rejected at once
    Given account A is logged in on a PC and a phone
    And the PC has capped the files of <account>-MP-1 at 1000 bytes
    When the PC offers a file of 1001 bytes to <account>-MP-1 with the permission direct
    Then the PC's offer is answered with a transfer in the state rejected
    And the transfer's reason is "size-cap"

  # REQ-PERM-008: A server MUST NOT send the recipient a transfer that was rejected at once by its
  # permission or by the recipient's size cap.
  @REQ-PERM-008 @S63 @must @profile-core
  Scenario: The recipient never hears of an offer its permission rejected
    Given account A is logged in on a PC and a phone
    When the PC offers "report.pdf" to <account>-MP-1 with the permission reject
    Then the PC's offer is answered with a transfer in the state rejected
    And the phone is shown nothing of the transfer

  # REQ-PERM-008: A server MUST NOT send the recipient a transfer that was rejected at once by its
  # permission or by the recipient's size cap.
  @REQ-PERM-008 @S63 @must @profile-core
  Scenario: The recipient never hears of an offer over its cap
    Given account A is logged in on a PC and a phone
    And the PC has capped the files of <account>-MP-1 at 1000 bytes
    When the PC offers a file of 1001 bytes to <account>-MP-1 with the permission direct
    Then the PC's offer is answered with a transfer in the state rejected
    And the phone is shown nothing of the transfer
