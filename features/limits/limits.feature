Feature: Limits
  The limits a server advertises in discovery and welcome are the limits it enforces: frames up to
  maxFrameBytes pass, longer ones close the connection, and a burst beyond maxFramesPerSecond is
  refused frame by frame.

  # REQ-LIMIT-001: A server MUST accept a frame whose length is at most `maxFrameBytes`.
  @REQ-LIMIT-001 @must @profile-core
  Scenario: A frame of exactly maxFrameBytes is accepted
    Given a client that has completed the opening exchange
    When it sends a ping with id big padded with whitespace to exactly maxFrameBytes bytes
    Then it receives a pong replying to big

  # REQ-LIMIT-002: A server MUST close the connection with close code 1009 when a frame is longer
  # than `maxFrameBytes`.
  @REQ-LIMIT-002 @must @profile-core
  Scenario: A frame longer than maxFrameBytes closes the connection with 1009
    Given a client that has completed the opening exchange
    When it sends a ping padded with whitespace to maxFrameBytes plus one byte
    Then it sees the connection closed with close code 1009

  # REQ-LIMIT-003: A server MUST refuse each frame beyond `maxFramesPerSecond` with the error
  # `rate-limited` and keep the connection open.
  # (Logged in: before a login only maxFramesBeforeLogin frames are allowed, REQ-LOGIN-015.)
  # @serial: the burst, as fast as the kit can send it, would slow the scenarios beside it.
  @REQ-LIMIT-003 @must @profile-core @serial
  Scenario: Frames beyond maxFramesPerSecond are refused one by one and the connection stays open
    Given a client that has completed the opening exchange and logged in
    When it sends five times maxFramesPerSecond pings and ten more, as fast as it can
    Then every ping is answered once, by a pong or by the error rate-limited replying to it
    And the pings within maxFramesPerSecond are answered with pongs
    And at least one ping beyond maxFramesPerSecond is refused as rate-limited
    And once a second has passed it still gets a pong for a ping

  # REQ-LIMIT-005: A server MUST advertise a `maxFrameBytes` of at least six times its
  # `maxMessageBytes`, plus 1,024.
  @REQ-LIMIT-005 @must @profile-core
  Scenario: The frame limit leaves room for a send of the largest message, however escaped
    When a client fetches the discovery document
    Then the document's maxFrameBytes is at least six times its maxMessageBytes, plus 1024

  # REQ-LIMIT-006: A server MUST advertise a `spoolQuotaBytes` of at least its `maxFileBytes`.
  @REQ-LIMIT-006 @must @profile-core
  Scenario: The spool quota leaves room for a file of the largest size
    When a client fetches the discovery document
    Then the document's spoolQuotaBytes is at least its maxFileBytes

  # REQ-LIMIT-010: A server MUST advertise a `maxTransferBytes` of at least its `maxFileBytes` and at
  # most its `spoolQuotaBytes`.
  @REQ-LIMIT-010 @must @profile-core
  Scenario: One offer may hold a file of the largest size, and fits the spool quota
    When a client fetches the discovery document
    Then the document's maxTransferBytes lies between its maxFileBytes and its spoolQuotaBytes

  # REQ-LIMIT-004: A server SHOULD stop reading from a connection while that connection's outgoing
  # frames wait to be written, rather than buffer them without bound.
  # (The kit writes pings without reading their answers, on a socket with small buffers; a server
  # that stops reading stops taking its bytes. @serial: the pings, as fast as the kit can write
  # them, would slow the scenarios beside it.)
  @REQ-LIMIT-004 @should @profile-core @serial
  Scenario: A server stops reading from a connection that reads none of its answers
    Given the PC is logged in on a connection the kit then stops reading from
    When the PC sends pings as fast as it can until its writes stall or 64 MiB of them are written
    Then the server stopped reading from the PC before 64 MiB of pings were written
    And once the PC reads again each of its pings is answered, by a pong or by the error rate-limited
