Feature: A frame at the limit in one WebSocket frame
  A client may send a frame of exactly maxFrameBytes as one unfragmented WebSocket frame; the limit
  holds for the WebSocket frame as it holds for the message.

  # REQ-LIMIT-001: A server MUST accept a frame whose length is at most `maxFrameBytes`.
  @REQ-LIMIT-001 @must @profile-core
  Scenario: A frame of exactly maxFrameBytes in one unfragmented WebSocket frame is accepted
    Given a connection that sends each frame unfragmented has completed the opening exchange
    When that connection sends a ping with id big padded with whitespace to exactly maxFrameBytes bytes, in one WebSocket frame
    Then that connection receives a pong replying to big
