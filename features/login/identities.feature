Feature: Identities that disagree within a login (S22, S26)
  Each login below proves a secret the server knows, but one of its names disagrees with another:
  the SCRAM username with the login's account, a device's address with the account it is named
  under, the proof's nonce with the one the server gave. Only a server that checks them all
  refuses them.

  # REQ-LOGIN-004: A server MUST refuse a proof that does not match the named credential with the
  # error `bad-credential`.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-004 @S22 @S26 @must @profile-core @failed-logins
  Scenario: A password login whose SCRAM username names another account is refused
    Given account A has no device yet
    And account B has no device yet
    When a PC of account A logs in with the password, its SCRAM username naming account B
    Then the PC is refused at the proof with the error bad-credential

  # REQ-LOGIN-004: A server MUST refuse a proof that does not match the named credential with the
  # error `bad-credential`.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-004 @S22 @S26 @must @profile-core @failed-logins
  Scenario: A proof whose nonce does not continue the exchange is refused
    Given account A has no device yet
    When a PC of account A logs in with the password, its proof carrying a nonce the server did not give
    Then the PC is refused at the proof with the error bad-credential

  # REQ-LOGIN-004: A server MUST refuse a proof that does not match the named credential with the
  # error `bad-credential`.
  # (@failed-logins: its failed logins count against the one address all the kit's scenarios
  # share; it runs beside other scenarios, never beside another one tagged so.)
  @REQ-LOGIN-004 @S22 @S26 @must @profile-core @failed-logins
  Scenario: A device credential login naming its device under another account is refused
    Given account A is logged in on a PC
    And account B has no device yet
    When the PC logs out
    And the PC logs in again with its device credential, naming account B as its account
    Then the PC is refused at the proof with the error bad-credential
