Feature: What the server records at login (S23, S25)
  The server stamps the login time from its own clock and the IP address it observes, whatever
  the client claims, and tells the device whether the account is now in multi-point login.

  # REQ-LOGIN-010: A server MUST set the `loginTime` of a device that logs in from its own clock at
  # the moment of the login.
  @REQ-LOGIN-010 @S25 @must @profile-core
  Scenario: The login time is the server's clock at the login
    Given account A has no device yet
    When a PC of account A logs in with the password
    Then the PC is told a login time within five minutes of the kit's clock

  # REQ-LOGIN-011: A server MUST set the `lastIp` of a device that logs in to the IP address of
  # the connection's TCP peer.
  @REQ-LOGIN-011 @S25 @must @profile-core
  Scenario: The last IP is the address the server observes
    Given account A is logged in on a PC
    When a phone of account A logs in with the password
    Then the phone is told a last IP that is the address the kit connects from
    And the PC is told device <account>-MP-1 was added with the same login time and last IP

  # REQ-LOGIN-012: A server MUST NOT take a device's login time or IP address from the `ip` or
  # `loginTime` the client claims in its terminal information.
  @REQ-LOGIN-012 @S21 @S25 @must @profile-core
  Scenario: The IP address and login time a client claims are ignored
    Given account A is logged in on a PC
    When a phone of account A logs in with the password, claiming IP 203.0.113.77 and login time 2001-02-03T04:05:06Z
    Then the phone is told a last IP that is not 203.0.113.77
    And the phone is told a login time within five minutes of the kit's clock
    And the PC's contact list shows <account>-MP-1 with a last IP that is not 203.0.113.77

  # REQ-LOGIN-012: A server MUST NOT take a device's login time or IP address from the `ip` or
  # `loginTime` the client claims in its terminal information.
  @REQ-LOGIN-012 @S21 @S25 @must @profile-core
  Scenario: The claims of a device credential login are ignored too
    Given account A is logged in on a PC
    When the PC logs out
    And the PC logs in again with its device credential, claiming IP 198.51.100.200 and login time 1999-12-31T23:59:59Z
    Then the PC is told a last IP that is not 198.51.100.200
    And the PC is told a login time within five minutes of the kit's clock

  # REQ-LOGIN-013: The `multiPoint` member of login-ok MUST be true exactly when another device of
  # the account is online at the moment of the login.
  @REQ-LOGIN-013 @S23 @must @profile-core
  Scenario: The first device alone is not in multi-point login, the second one is
    Given account A has no device yet
    When a PC of account A logs in with the password
    Then the PC is told its address is <account>-PC-1 and that the account is not in multi-point login
    When a phone of account A logs in with the password
    Then the phone is told its address is <account>-MP-1 and that the account is in multi-point login

  # REQ-LOGIN-013: The `multiPoint` member of login-ok MUST be true exactly when another device of
  # the account is online at the moment of the login.
  @REQ-LOGIN-013 @S23 @must @profile-core
  Scenario: A device that logs in while the others are offline is not in multi-point login
    Given account A is logged in on a PC and a phone
    When the PC logs out
    And the phone logs out
    And the PC logs in again with its device credential
    Then the PC is told its address is <account>-PC-1 and that the account is not in multi-point login
