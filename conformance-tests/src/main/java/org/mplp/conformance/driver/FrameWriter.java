package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a frame, built once as a JSON tree by {@link Frames}, in one binding (spec: Bindings). The
 * tree is the abstract message; each binding only renders it.
 */
public interface FrameWriter {
  Binding binding();

  String write(ObjectNode frame);

  /** Where whitespace may go in a written frame without changing it. */
  int paddingAt(String text);

  /** The frame padded with whitespace inside it to exactly {@code bytes} UTF-8 bytes. */
  default String padded(ObjectNode frame, int bytes) {
    String text = write(frame);
    int padding = bytes - Texts.utf8Length(text);
    if (padding < 0) {
      throw new IllegalArgumentException(
          "the frame needs at least " + (bytes - padding) + " bytes");
    }
    int at = paddingAt(text);
    return text.substring(0, at) + " ".repeat(padding) + text.substring(at);
  }

  static FrameWriter forBinding(Binding binding) {
    return binding == Binding.JSON ? new JsonFrameWriter() : new XmlFrameWriter();
  }
}
