Feature: Verifying a login (S22)
  A device logs in with SCRAM-SHA-256: the server challenges every login alike, then accepts the
  proof and proves that it knows the credential too, or refuses it with a code that says why.

  # REQ-LOGIN-001: A server MUST answer a login frame for a name that is not locked out, whose
  # `clientFirst` is a SCRAM client-first-message, with a login-challenge carrying the SCRAM
  # server-first-message, whether or not the account exists.
  @REQ-LOGIN-001 @S22 @must @profile-core
  Scenario: A login to an account that exists is challenged
    Given account A has no device yet
    When a PC of account A starts a login with the password
    Then the PC receives a login-challenge carrying a SCRAM server-first-message

  # REQ-LOGIN-001: A server MUST answer a login frame for a name that is not locked out, whose
  # `clientFirst` is a SCRAM client-first-message, with a login-challenge carrying the SCRAM
  # server-first-message, whether or not the account exists.
  @REQ-LOGIN-001 @S22 @must @profile-core
  Scenario: A login to an account the server does not have is challenged as well
    When a PC starts a login to an account the server does not have
    Then the PC receives a login-challenge carrying a SCRAM server-first-message

  # REQ-LOGIN-001: A server MUST answer a login frame for a name that is not locked out, whose
  # `clientFirst` is a SCRAM client-first-message, with a login-challenge carrying the SCRAM
  # server-first-message, whether or not the account exists.
  # (CHOICE-LOGIN-01 is open: a clientFirst that does not parse is refused with bad-credential at
  # once, or at the proof after a challenge; the kit accepts either.)
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-001 @S22 @must @profile-core @failed-logins
  Scenario: A login whose clientFirst is no SCRAM message is refused with bad-credential, at once or at its proof
    Given account A has no device yet
    When a PC of account A logs in with a clientFirst that is no SCRAM message
    Then the PC is refused with the error bad-credential

  # REQ-LOGIN-002: For an account or device it does not have, a server MUST answer every login
  # naming it with the same salt and iteration count.
  @REQ-LOGIN-002 @S22 @must @profile-core
  Scenario: Two logins to an account the server does not have get the same salt and iterations
    When a PC starts a login to an account the server does not have, twice
    Then the PC's two challenges carry the same salt and the same iteration count

  # REQ-LOGIN-002: For an account or device it does not have, a server MUST answer every login
  # naming it with the same salt and iteration count.
  @REQ-LOGIN-002 @S22 @must @profile-core
  Scenario: Two logins as a device the account does not have get the same salt and iterations
    Given account A is logged in on a PC
    When a phone of account A starts a device credential login as <account>-MP-7, twice
    Then the phone's two challenges carry the same salt and the same iteration count

  # REQ-LOGIN-003: A server MUST refuse the proof of a login naming an account it does not have
  # with the error `bad-credential` or the error `unknown-account`.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-003 @S22 @S26 @must @profile-core @failed-logins
  Scenario: The proof of a login to an account the server does not have is refused
    When a PC logs in to an account the server does not have
    Then the PC is refused at the proof with the error bad-credential or unknown-account

  # REQ-LOGIN-004: A server MUST refuse a proof that does not match the named credential with the
  # error `bad-credential`.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-004 @S22 @S26 @must @profile-core @failed-logins
  Scenario: A wrong password is refused
    Given account A has no device yet
    When a PC of account A logs in with a wrong password
    Then the PC is refused at the proof with the error bad-credential

  # REQ-LOGIN-004: A server MUST refuse a proof that does not match the named credential with the
  # error `bad-credential`.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-004 @S22 @S26 @must @profile-core @failed-logins
  Scenario: A wrong device credential is refused
    Given account A is logged in on a PC
    When the PC logs out
    And the PC logs in again with a wrong device credential
    Then the PC is refused at the proof with the error bad-credential

  # REQ-LOGIN-005: A server MUST answer a proof that matches the named credential with login-ok
  # carrying the SCRAM server-final-message.
  @REQ-LOGIN-005 @S22 @must @profile-core
  Scenario: A password login ends with the server's proof that it knows the password
    Given account A has no device yet
    When a PC of account A logs in with the password
    Then the PC receives login-ok whose server signature proves the server knows the credential

  # REQ-LOGIN-005: A server MUST answer a proof that matches the named credential with login-ok
  # carrying the SCRAM server-final-message.
  @REQ-LOGIN-005 @S22 @must @profile-core
  Scenario: A device credential login ends with the server's proof that it knows the credential
    Given account A is logged in on a PC
    When the PC logs out
    And the PC logs in again with its device credential
    Then the PC receives login-ok whose server signature proves the server knows the credential

  # REQ-LOGIN-024: A server SHOULD refuse the proof of a login naming an account it does not have
  # with the error `bad-credential`, so that its answers do not tell which accounts exist.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-024 @S26 @should @profile-core @failed-logins
  Scenario: An unknown account is refused like a wrong password
    When a PC logs in to an account the server does not have
    Then the PC is refused at the proof with the error bad-credential

  # REQ-LOGIN-026: A server MUST refuse with the error `bad-credential` the proof of a device
  # credential login whose device was removed after its challenge, even when another device has
  # since been given the same address.
  @REQ-LOGIN-026 @S22 @must @profile-core
  Scenario: A challenge made for a removed device resumes no device that took its address
    Given account A is logged in on a PC
    When the second PC starts a login with the device credential of the PC
    And the PC logs out and removes itself
    And the third PC logs in with the password
    Then the third PC is told its address is <account>-PC-1
    When the second PC sends the proof of its login
    Then the second PC is refused at the proof with the error bad-credential
