Feature: How version 1 grows
  A server of version 1.0 reads the frames of a client of a later 1.x version: it leaves aside the
  members it does not know, at any depth, and does what the members it knows ask.

  # REQ-OPEN-010: A server MUST handle a client's frame that carries members the schema of its type
  # does not define as though those members were absent.
  @REQ-OPEN-010 @must @profile-core
  Scenario: A hello and a ping with members of a later version are answered as though without them
    Given a client connected with the negotiated binding
    When it sends a hello with members of a later version with id h1 as its first frame
    Then it receives a welcome replying to h1
    When it sends a ping with members of a later version with id p1
    Then it receives a pong replying to p1

  # REQ-OPEN-010: A server MUST handle a client's frame that carries members the schema of its type
  # does not define as though those members were absent.
  @REQ-OPEN-010 @must @profile-core
  Scenario: A login with members of a later version, its terminal's too, logs the device in
    Given account A has no device yet
    When a PC of account A logs in with the password, in frames with members of a later version
    Then the PC is told its address is <account>-PC-1 and that the account is not in multi-point login

  # REQ-OPEN-010: A server MUST handle a client's frame that carries members the schema of its type
  # does not define as though those members were absent.
  @REQ-OPEN-010 @S41 @must @profile-core
  Scenario: A send with members of a later version is accepted and delivered as sent
    Given account A is logged in on a PC and a phone
    When the PC sends "From a later version." to <account>-MP-1 with members of a later version
    Then the PC is told the message was accepted
    And the phone shows a message from <account>-PC-1 saying "From a later version."
