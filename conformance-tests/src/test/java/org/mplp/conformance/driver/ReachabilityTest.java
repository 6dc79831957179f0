package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReachabilityTest {
  @Test
  void aListeningTargetIsReachableAndAClosedPortIsAnEnvironmentError() throws Exception {
    int port;
    try (ServerSocket open = new ServerSocket(0)) {
      port = open.getLocalPort();
      URI target = URI.create("ws://127.0.0.1:" + port + "/mplp");
      assertThatCode(() -> Reachability.requireReachable(target, Duration.ofSeconds(1)))
          .doesNotThrowAnyException();
    }
    URI gone = URI.create("ws://127.0.0.1:" + port + "/mplp");
    assertThatThrownBy(() -> Reachability.requireReachable(gone, Duration.ofSeconds(1)))
        .isInstanceOf(DriverException.class)
        .hasMessageContaining("went away");
  }
}
