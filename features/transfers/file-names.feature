Feature: File names from the wire are never trusted as paths
  A file's name is one safe path segment and its path a few of them; a server refuses an offer that
  breaks the rules, so every name that passes is safe on every common file system.

  # REQ-XFER-010: A server MUST refuse an offer in which a file's name or path breaks these rules
  # with the error `bad-file-name`.
  @REQ-XFER-010 @must @profile-core
  Scenario: Offers of files with unsafe names are refused, each one
    Given account A is logged in on a PC and a phone
    When the PC offers to <account>-MP-1, one offer each, files named
      | ..          |
      | .           |
      | ../../x     |
      | /etc/passwd |
      | C:\\x       |
      | con.txt     |
      | LPT1        |
      | what?.txt   |
      | ends.       |
      | a\|b        |
    Then each of the PC's offers is refused with the error bad-file-name
    And the phone is shown nothing of the transfer

  # REQ-XFER-010: A server MUST refuse an offer in which a file's name or path breaks these rules
  # with the error `bad-file-name`.
  @REQ-XFER-010 @must @profile-core
  Scenario: Offers of files in unsafe folders are refused, each one
    Given account A is logged in on a PC and a phone
    When the PC offers to <account>-MP-1, one offer each, a file "a.txt" in the folders
      | ../up     |
      | /absolute |
      | trailing/ |
      | a//b      |
      | a/aux/b   |
    Then each of the PC's offers is refused with the error bad-file-name

  # REQ-XFER-010: A server MUST refuse an offer in which a file's name or path breaks these rules
  # with the error `bad-file-name`.
  @REQ-XFER-010 @must @profile-core
  Scenario: A file with a safe name in a safe folder is offered
    Given account A is logged in on a PC and a phone
    When the PC offers "report (1).pdf" in the folder "trip/day 1" to <account>-MP-1
    Then the PC's offer is answered with a transfer in the state offered
