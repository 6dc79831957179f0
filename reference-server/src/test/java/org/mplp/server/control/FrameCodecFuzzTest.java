package org.mplp.server.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.ErrorCode;

/**
 * Coverage-guided fuzzing of both bindings' decoders as the control channel uses them: whatever the
 * text, a frame or a refusal with a registered code, never internal-error (issue 18, item 4). In
 * {@code ./mvnw verify} it replays its seeds (FrameCodecFuzzTestInputs); {@code JAZZER_FUZZ=1}
 * fuzzes (README, Fuzzing).
 */
class FrameCodecFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void json(byte[] text) {
    decodeOrRefuse(Binding.JSON, new String(text, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "10m")
  void xml(byte[] text) {
    decodeOrRefuse(Binding.XML, new String(text, StandardCharsets.UTF_8));
  }

  private static void decodeOrRefuse(Binding binding, String text) {
    DecodedFrame decoded = DecodedFrame.decode(FrameCodec.forBinding(binding), text);
    assertThat(decoded.isInternalError())
        .as("%s text %s met a fault of the reader: %s", binding, text, decoded.refusal())
        .isFalse();
    if (decoded.frame() != null) {
      // What was taken must go back out: the model holds nothing its binding cannot write.
      assertThat(FrameCodec.forBinding(binding).encode(decoded.frame())).isNotEmpty();
    } else {
      assertThat(ErrorCode.forCode(decoded.refusal().code())).isPresent();
    }
  }
}
