package org.mplp.client.wire;

import org.mplp.spec.model.Frame;

/** What a {@link WireConnection} reports; called on the connection's reader, one call at a time. */
public interface ConnectionListener {
  void onFrame(Frame frame);

  /** The server sent text that is no valid frame of the binding: a broken server. */
  void onBadFrame(String problem);

  /** The WebSocket closed, with its close code and reason, or failed (code -1). */
  void onClosed(int code, String reason);
}
