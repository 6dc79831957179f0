package org.mplp.conformance.client.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a control session does to its connection; the Netty handler carries it out. */
interface Outbound {
  void send(ObjectNode frame);

  /** A close frame with this code and reason, then the end of the connection. */
  void close(int code, String reason);

  /** The end of the connection without a close frame, as a failing network would end it. */
  void drop();
}
