package org.mplp.conformance.driver;

import java.util.Set;

/** Reads a text message the server sent: one frame, well-formed, valid against its schema. */
public interface FrameReader {
  /**
   * The frame types a server sends (spec: Login, Devices, Messages, Transfers, Receive permissions,
   * The primary device).
   */
  Set<String> SERVER_TYPES =
      Set.of(
          "welcome",
          "pong",
          "error",
          "login-challenge",
          "login-ok",
          "device-list",
          "device-event",
          "settings",
          "ok",
          "message-accepted",
          "message",
          "delivered",
          "undeliverable",
          "transfer",
          "transfer-progress");

  String ONE_FRAME = "REQ-TRANSPORT-007";
  String VALID_FRAME = "REQ-TRANSPORT-008";

  ReceivedFrame read(String text);

  static FrameReader forBinding(Binding binding) {
    return binding == Binding.JSON ? new JsonFrameReader() : new XmlFrameReader();
  }
}
