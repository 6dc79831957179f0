package org.mplp.server.control;

import org.mplp.server.messages.MessageDelivery;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;

/** What the frame handlers of a control channel may do to it; called on its event loop. */
interface ControlChannel extends MessageDelivery.Connection {

  ControlChannelState state();

  void state(ControlChannelState next);

  /** Sends one frame. */
  @Override
  void send(Frame frame);

  /** Refuses a frame with a non-fatal error; the connection stays. */
  void refuse(ErrorCode code, String replyTo, String message);

  /** Sends a fatal error and closes with its registered code. */
  void fail(ErrorCode code, String replyTo, String message);

  /** Whether the connection takes more frames now without queuing beyond its high water mark. */
  @Override
  boolean writable();

  /** Closes with 1000, the normal end of a session. */
  void closeNormally(String reason);
}
