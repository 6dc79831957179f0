@client
Feature: File names from the wire are never trusted as paths, seen from the client
  A receiving client checks every name and path itself: a server with a bug, or one that is not the
  server the client thinks it is, can send any name. The receive folder lies two folders deep in a
  folder of the kit's, so that a name that climbs out of it lands where the kit looks.

  # REQ-XFER-011: A receiving client MUST check the name and path of each file against the same
  # rules before it writes, join them to a directory it chose, and write nothing outside that
  # directory.
  @REQ-XFER-011 @S54 @must
  Scenario Outline: A file named <name> in the folder <folder> stays inside the receive folder
    Given the client is registered as a device of the account
    And the account's PC offers the client a file named "<name>" in the folder "<folder>"
    When the client accepts the offer
    Then nothing outside the receive folder changed
    And every file in the receive folder has a name the file name rules allow

    Examples:
      | name                  | folder          |
      | ../../x.txt           | -               |
      | ..                    | -               |
      | <outside>/abs.txt     | -               |
      | C:\\x.txt             | -               |
      | con.txt               | -               |
      | LPT1                  | -               |
      | what?.txt             | -               |
      | ends.                 | -               |
      | x.txt                 | ../..           |
      | x.txt                 | a/../../..      |
      | x.txt                 | <outside>       |
      | x.txt                 | trip/aux        |

  # REQ-XFER-012: A receiving client MUST NOT overwrite an existing file with a received one.
  @REQ-XFER-012 @S54 @must
  Scenario: A received file does not overwrite a file of the same name
    Given the client is registered as a device of the account
    And the receive folder holds a file "report.txt" with the text "Mine, keep it."
    And the account's PC offers the client "report.txt" of 5000 bytes
    When the client accepts the offer
    Then the receive folder's "report.txt" still holds "Mine, keep it."
