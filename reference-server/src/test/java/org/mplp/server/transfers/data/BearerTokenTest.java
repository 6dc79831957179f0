package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

  private static HttpHeaders authorization(String value) {
    return new DefaultHttpHeaders().set("Authorization", value);
  }

  @Test
  void theTokenOfABearerHeader() {
    assertThat(BearerToken.of(authorization("Bearer abc_DEF-123"))).hasValue("abc_DEF-123");
    assertThat(BearerToken.of(authorization("bearer  abc "))).hasValue("abc");
  }

  @Test
  void noTokenWithoutBearerCredentials() {
    assertThat(BearerToken.of(new DefaultHttpHeaders())).isEmpty();
    assertThat(BearerToken.of(authorization("Basic dXNlcjpwYXNz"))).isEmpty();
    assertThat(BearerToken.of(authorization("Bearer "))).isEmpty();
  }
}
