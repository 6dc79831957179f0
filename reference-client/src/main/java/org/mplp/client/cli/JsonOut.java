package org.mplp.client.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.Frame;

/**
 * The CLI's --json output: one JSON document per line, so a script can read it line by line. Frames
 * the server sent are printed as the JSON binding carries them.
 */
final class JsonOut {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private JsonOut() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void print(PrintStream out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print " + value, e);
    }
  }

  static void printFrame(PrintStream out, Frame frame) {
    out.println(FrameCodec.forBinding(Binding.JSON).encode(frame));
  }
}
