package org.mplp.spec.binding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mplp.spec.model.Frame;

/** The frame types of version 1 and the shape of a frame id, shared by both bindings. */
final class FrameTypes {
  /** Read from the model's one list of subtypes, so a new frame type is declared once. */
  static final Set<String> NAMES =
      Arrays.stream(Frame.class.getAnnotation(JsonSubTypes.class).value())
          .map(JsonSubTypes.Type::name)
          .collect(Collectors.toUnmodifiableSet());

  /** Same pattern as common.schema.json's frameId: only such an id may be echoed in replyTo. */
  private static final Pattern FRAME_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private FrameTypes() {}

  static String validIdOrNull(String id) {
    return id != null && FRAME_ID.matcher(id).matches() ? id : null;
  }
}
