package org.mplp.spec.binding;

import java.util.Set;
import java.util.regex.Pattern;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Welcome;

/** The frame types of version 1 and the shape of a frame id, shared by both bindings. */
final class FrameTypes {
  static final Set<String> NAMES =
      Set.of(Hello.TYPE, Welcome.TYPE, Ping.TYPE, Pong.TYPE, ErrorFrame.TYPE);

  /** Same pattern as common.schema.json's frameId: only such an id may be echoed in replyTo. */
  private static final Pattern FRAME_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private FrameTypes() {}

  static String validIdOrNull(String id) {
    return id != null && FRAME_ID.matcher(id).matches() ? id : null;
  }
}
