package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mplp.conformance.report.Mismatch;
import org.opentest4j.AssertionFailedError;

class MismatchesTest {
  @Test
  void theFramesAnAssertionCarriesAreItsMismatch() {
    var expected = JsonNodeFactory.instance.objectNode().put("type", "ok");
    var actual = JsonNodeFactory.instance.objectNode().put("type", "error").put("code", "x");
    Mismatch m = Mismatches.of(Optional.of(new AssertionFailedError("no", expected, actual)));
    assertThat(m.expected()).isEqualTo(expected);
    assertThat(m.actual()).isEqualTo(actual);
    assertThat(m.differences())
        .extracting(d -> d.path() + " " + d.kind())
        .containsExactly("type changed", "code unexpected");
  }

  @Test
  void withoutFramesTheTwoObjectsASentenceQuotesAreCompared() {
    Mismatch m =
        Mismatches.of(
            Optional.of(
                new AssertionError(
                    "Expected {\"a\":1,\"b\":{\"c\":\"}\"}}, but {\"a\":2,\"b\":{\"c\":\"}\"}}.")));
    assertThat(m.differences()).extracting(d -> d.path()).containsExactly("a");
    assertThat(Mismatches.of(Optional.of(new AssertionError("Expected {\"a\":1}, but none"))))
        .isNull();
    assertThat(Mismatches.of(Optional.of(new IllegalStateException("{}")))).isNull();
  }
}
