Feature: Failed logins (S26)
  An account whose password is guessed at has its password logins locked out for a while, even
  against the right password; its devices still log in with their device credentials.

  # REQ-LOGIN-016: After `maxLoginFailures` consecutive failed password logins of an account, a
  # server MUST refuse every password login of that account with the error `locked-out` for
  # `lockoutSeconds`.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-016 @S26 @must @profile-core @failed-logins
  Scenario: After maxLoginFailures wrong passwords even the right one is refused
    Given account A has no device yet
    And a phone of account A has completed the opening exchange
    When a PC of account A logs in with a wrong password maxLoginFailures times
    And the phone logs in with the password on its open connection
    Then the phone is refused with the error locked-out while the lockout lasts

  # REQ-LOGIN-022: A server MUST NOT refuse a device credential login because of failed logins,
  # whether of its own account, of other accounts, or from its own or any other address.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-022 @S26 @must @profile-core @failed-logins
  Scenario: A password lockout does not refuse a device credential login
    Given account A is logged in on a PC
    When the PC logs out
    And a phone of account A logs in with a wrong password maxLoginFailures times
    And the PC logs in again with its device credential
    Then the PC is told its address is <account>-PC-1 and gets no new credential

  # REQ-LOGIN-022: A server MUST NOT refuse a device credential login because of failed logins,
  # whether of its own account, of other accounts, or from its own or any other address.
  # (@serial: maxLoginFailuresPerAddress wrong device credentials in a few seconds; a server that
  # counted them toward the address, as CHOICE-LOGIN-11 says it must not, would refuse the
  # password logins of the scenarios beside it.)
  @REQ-LOGIN-022 @S26 @must @profile-core @serial
  Scenario: Failed logins from the device's own address do not refuse its device credential login
    Given account A is logged in on a PC
    When the PC logs out
    And the PC logs in again with a wrong device credential maxLoginFailuresPerAddress times
    And the PC logs in again with its device credential
    Then the PC is told its address is <account>-PC-1 and gets no new credential

  # REQ-LOGIN-025: A server MUST set `retryAfterSeconds` in every `locked-out` error to the whole
  # seconds, rounded up, until the lockout that refused the login ends.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-025 @S26 @must @profile-core @failed-logins
  Scenario: A locked-out login is told how long the lockout has left
    Given account A has no device yet
    And a phone of account A has completed the opening exchange
    When a PC of account A logs in with a wrong password maxLoginFailures times
    And the phone logs in with the password on its open connection
    Then the phone is refused with the error locked-out while the lockout lasts
    And the refusal of the phone tells retryAfterSeconds between 1 and lockoutSeconds

  # REQ-LOGIN-023: A server MUST accept the password logins of an account again once
  # `lockoutSeconds` have passed since the failed login that began its lockout.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-023 @S26 @must @profile-core @failed-logins
  Scenario: Once lockoutSeconds have passed the password logs in again
    Given lockoutSeconds is a time the kit waits for
    And account A has no device yet
    When a PC of account A logs in with a wrong password maxLoginFailures times
    And lockoutSeconds pass
    And a phone of account A logs in with the password
    Then the phone is told its address is <account>-MP-1

  # REQ-LOGIN-017: A server SHOULD refuse the password logins from an IP address for the rest of a
  # minute in which `maxLoginFailuresPerAddress` failed password logins came from it.
  # (@serial @last: it shuts the kit's one address out of password logins for up to a minute, so it
  # runs alone, after every other scenario; it then waits until its failures are a minute old, so
  # that the target takes the kit's password logins again for what follows, another binding's run.)
  @REQ-LOGIN-017 @S26 @should @profile-core @serial @last
  Scenario: maxLoginFailuresPerAddress failed logins shut the address out for the rest of the minute
    Given maxLoginFailuresPerAddress is a number of failed logins the kit makes
    When logins to accounts the server does not have fail maxLoginFailuresPerAddress times from the kit's address
    And a PC of account A logs in with the password at once
    Then the PC is refused with the error locked-out and told to retry within a minute
    When the failed logins are a minute old
    And the PC logs in with the password
    Then the PC is told its address is <account>-PC-1
