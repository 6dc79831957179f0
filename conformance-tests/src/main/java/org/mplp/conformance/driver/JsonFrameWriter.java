package org.mplp.conformance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON binding: the tree as it is, one object (spec: Bindings, JSON binding). */
final class JsonFrameWriter implements FrameWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Binding binding() {
    return Binding.JSON;
  }

  @Override
  public String write(ObjectNode frame) {
    try {
      return JSON.writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Just inside the opening brace. */
  @Override
  public int paddingAt(String text) {
    return 1;
  }
}
