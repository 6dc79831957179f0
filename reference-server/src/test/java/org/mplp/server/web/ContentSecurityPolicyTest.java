package org.mplp.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void theWebSocketOfTheSameHostIsAllowedOverTheConnectionsScheme() {
    assertThat(ContentSecurityPolicy.forHost("127.0.0.1:7700", false))
        .endsWith("connect-src 'self' ws://127.0.0.1:7700");
    assertThat(ContentSecurityPolicy.forHost("mplp.example:443", true))
        .endsWith("connect-src 'self' wss://mplp.example:443");
    assertThat(ContentSecurityPolicy.forHost("[::1]:7700", false)).endsWith("ws://[::1]:7700");
  }

  @Test
  void aHostHeaderThatIsNotAHostAddsNothing() {
    for (String host : new String[] {"x; script-src *", "a b", "evil.example/path", "", null}) {
      assertThat(ContentSecurityPolicy.forHost(host, false)).endsWith("connect-src 'self'");
    }
  }
}
