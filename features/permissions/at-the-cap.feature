Feature: A file exactly at the recipient's cap (claim 5)
  The primary device caps the size of the files a device takes; only a file larger than the cap is
  rejected for its size, a file of exactly the cap is not.

  # REQ-PERM-004: A server MUST put an offer with a file larger than the `maxFileBytes` of the
  # recipient's policy into the state `rejected` at once, with reason `size-cap`.
  @REQ-PERM-004 @claim5 @must @profile-core
  Scenario: A file of exactly the recipient's cap is not rejected for its size
    Given account A is logged in on a PC and a phone
    And the PC has capped the files of <account>-MP-1 at 1000 bytes
    When the PC offers a file of 1000 bytes to <account>-MP-1 with the permission direct
    Then the PC's offer is answered with a transfer in the state accepted
