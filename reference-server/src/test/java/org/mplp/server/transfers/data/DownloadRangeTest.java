package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadRangeTest {

  @Test
  void rangesWithinTheFileAreServedAsAsked() {
    assertThat(DownloadRange.of("bytes=10-", 100))
        .isEqualTo(new DownloadRange.Bytes(10, 100, true));
    assertThat(DownloadRange.of("bytes=10-19", 100))
        .isEqualTo(new DownloadRange.Bytes(10, 20, true));
    assertThat(DownloadRange.of("bytes=90-500", 100))
        .isEqualTo(new DownloadRange.Bytes(90, 100, true));
    assertThat(DownloadRange.of("bytes=-30", 100))
        .isEqualTo(new DownloadRange.Bytes(70, 100, true));
  }

  @Test
  void aRangeFromTheEndOnIsUnsatisfiable() {
    assertThat(DownloadRange.of("bytes=100-", 100)).isInstanceOf(DownloadRange.Unsatisfiable.class);
    assertThat(DownloadRange.of("bytes=150-160", 100))
        .isInstanceOf(DownloadRange.Unsatisfiable.class);
  }

  @Test
  void whatThisServerDoesNotServeGetsTheWholeFile() {
    DownloadRange whole = new DownloadRange.Bytes(0, 100, false);
    assertThat(DownloadRange.of(null, 100)).isEqualTo(whole);
    assertThat(DownloadRange.of("bytes=0-1,5-6", 100)).isEqualTo(whole);
    assertThat(DownloadRange.of("bytes=20-10", 100)).isEqualTo(whole);
    assertThat(DownloadRange.of("items=1-2", 100)).isEqualTo(whole);
    assertThat(DownloadRange.of("bytes=5-", 0)).isEqualTo(new DownloadRange.Bytes(0, 0, false));
  }
}
