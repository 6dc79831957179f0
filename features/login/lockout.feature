Feature: Failed logins (S26)
  An account whose password is guessed at is locked out for a while, even against the right
  password.

  # REQ-LOGIN-016: After `maxLoginFailures` consecutive failed logins of an account, a server MUST
  # refuse every login of that account with the error `locked-out` for `lockoutSeconds`.
  @REQ-LOGIN-016 @S26 @must @profile-core
  Scenario: After maxLoginFailures wrong passwords even the right one is refused
    Given account A has no device yet
    When a PC of account A logs in with a wrong password maxLoginFailures times
    And a phone of account A logs in with the password
    Then the phone is refused with the error locked-out

  # REQ-LOGIN-016: After `maxLoginFailures` consecutive failed logins of an account, a server MUST
  # refuse every login of that account with the error `locked-out` for `lockoutSeconds`.
  @REQ-LOGIN-016 @S26 @must @profile-core
  Scenario: A locked-out account refuses device credential logins as well
    Given account A is logged in on a PC
    When the PC logs out
    And a phone of account A logs in with a wrong password maxLoginFailures times
    And the PC logs in again with its device credential
    Then the PC is refused with the error locked-out
