package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadRangeTest {

  private static Optional<UploadRange> rangeOf(String contentLength, String contentRange) {
    HttpRequest request =
        new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.PUT, "/transfers/t/0");
    if (contentLength != null) {
      request.headers().set("Content-Length", contentLength);
    }
    if (contentRange != null) {
      request.headers().set("Content-Range", contentRange);
    }
    return UploadRange.of(request);
  }

  @Test
  void aPutWithoutContentRangeStartsAtZero() {
    assertThat(rangeOf("50", null)).hasValue(new UploadRange(0, 50, false));
    assertThat(rangeOf(null, null)).hasValue(new UploadRange(0, -1, false));
  }

  @Test
  void aContentRangeGivesTheStartAndEnd() {
    assertThat(rangeOf("10", "bytes 100-109/500")).hasValue(new UploadRange(100, 110, true));
    assertThat(rangeOf(null, "bytes 100-109/*")).hasValue(new UploadRange(100, 110, true));
  }

  @Test
  void aContentRangeThatDisagreesWithTheBodyIsRefused() {
    assertThat(rangeOf("11", "bytes 100-109/500")).isEmpty();
    assertThat(rangeOf("10", "bytes 109-100/500")).isEmpty();
    assertThat(rangeOf("10", "bytes */500")).isEmpty();
  }
}
