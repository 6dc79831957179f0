Feature: Provisioning test accounts
  A test deployment that claims the profile provisioning creates throwaway accounts on request.

  # REQ-PROVISION-001: A server that lists the profile `provisioning` MUST answer `POST
  # /provisioning/accounts` by creating a new account with a random password and returning status
  # 201 with a provisioned-account document.
  @REQ-PROVISION-001 @must @profile-provisioning
  Scenario: Each request creates a new account with its own password
    When the kit asks for a new account through provisioning, twice
    Then both answers have status 201 and validate against provisioned-account.schema.json
    And the two accounts and the two passwords differ

  # REQ-PROVISION-002: An account created through provisioning MUST accept a password login at
  # once.
  @REQ-PROVISION-002 @must @profile-provisioning
  Scenario: An account created through provisioning logs in at once
    Given account A is created through provisioning
    When a PC of account A logs in with the password
    Then the PC is told its address is <account>-PC-1 and that the account is not in multi-point login
