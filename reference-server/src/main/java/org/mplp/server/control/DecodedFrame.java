package org.mplp.server.control;

import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.binding.FrameDecodeException;
import org.mplp.spec.model.ClientFrame;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome of decoding one text message: a valid frame, or the non-fatal error frame that
 * refuses it (malformed-frame, unknown-type, schema-violation, or internal-error).
 */
record DecodedFrame(Frame frame, ErrorFrame refusal) {

  private static final Logger LOG = LoggerFactory.getLogger(DecodedFrame.class);

  /** The error schema's maxLength of message. */
  private static final int MAX_MESSAGE_LENGTH = 1024;

  static DecodedFrame decode(FrameCodec codec, String text) {
    try {
      return new DecodedFrame(codec.decode(text), null);
    } catch (FrameDecodeException e) {
      ErrorFrame refusal = ErrorFrame.at(e.errorCode(), e.replyTo(), messageOf(e), e.location());
      return new DecodedFrame(null, refusal);
    } catch (RuntimeException e) {
      // A fault of ours, not of the frame: said so, and the connection carries on.
      LOG.warn("decoding a frame failed", e);
      return new DecodedFrame(
          null,
          ErrorFrame.of(ErrorCode.INTERNAL_ERROR, null, "the server failed to read the frame"));
    }
  }

  /** The id of the frame, when it could be read: what an error answering it names. */
  String replyTo() {
    if (frame != null) {
      return frame instanceof ClientFrame clientFrame ? clientFrame.id() : null;
    }
    return refusal == null ? null : refusal.replyTo();
  }

  boolean isInternalError() {
    return refusal != null && ErrorCode.INTERNAL_ERROR.code().equals(refusal.code());
  }

  private static String messageOf(FrameDecodeException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.errorCode().code();
    }
    return message.length() <= MAX_MESSAGE_LENGTH
        ? message
        : message.substring(0, MAX_MESSAGE_LENGTH);
  }
}
