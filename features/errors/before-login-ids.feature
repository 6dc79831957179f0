Feature: Errors before login name the frame they refuse
  A frame refused because no login has succeeded yet is named by its id like any other.

  # REQ-ERROR-002: The `replyTo` of an error frame MUST name the id of the refused frame whenever
  # that id can be read from it.
  @REQ-ERROR-002 @must @profile-core
  Scenario Outline: An error refusing a frame before login names the frame's id: <frame>
    Given a client that has completed the opening exchange
    When it sends <frame> with id r7
    Then it receives an error replying to r7

    Examples:
      | frame           |
      | a list-devices  |
      | a rename-device |
