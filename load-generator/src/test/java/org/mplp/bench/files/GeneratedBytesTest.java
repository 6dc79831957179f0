package org.mplp.bench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeneratedBytesTest {

  /** Chunks of any size at any offset, block boundary included, agree with one long read. */
  @Test
  void aChunkAtAnOffsetIsTheSameBytesAsThatSliceOfTheWhole() {
    GeneratedBytes bytes = new GeneratedBytes(3_000_000, 42);
    byte[] whole = new byte[3_000_000];
    bytes.fill(whole, 0, whole.length);

    byte[] chunk = new byte[70_001];
    long offset = 1_048_573 - 35_000;
    bytes.fill(chunk, offset, chunk.length);

    assertThat(chunk)
        .isEqualTo(Arrays.copyOfRange(whole, (int) offset, (int) offset + chunk.length));
  }

  @Test
  void anotherSeedGivesOtherBytesAndOtherChecksums() {
    GeneratedBytes one = new GeneratedBytes(100_000, 1);
    GeneratedBytes two = new GeneratedBytes(100_000, 2);
    assertThat(one.checksums().sha256()).isNotEqualTo(two.checksums().sha256());
    assertThat(one.checksums().crc32c()).isNotEqualTo(two.checksums().crc32c());
  }

  @Test
  void theSha256IsThatOfTheEmptyInputForAnEmptyFile() {
    assertThat(new GeneratedBytes(0, 7).checksums().sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
