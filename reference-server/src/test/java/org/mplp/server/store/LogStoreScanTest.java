package org.mplp.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.WriteBatch;

/** A scan sees the keys of its prefix, all of them and no others, however the log is filled. */
class LogStoreScanTest {
  @TempDir Path dataDir;

  @Test
  void theKeyAfterAPrefixCarriesOverFullBytes() {
    assertThat(LogStore.keyAfterPrefix(new byte[] {1, 2})).containsExactly(1, 3);
    assertThat(LogStore.keyAfterPrefix(new byte[] {1, (byte) 0xFF})).containsExactly(2);
    assertThat(LogStore.keyAfterPrefix(new byte[] {(byte) 0xFF, (byte) 0xFF})).isNull();
  }

  @Test
  void aScanSeesItsPrefixOnlyPastDeletionsAroundIt() throws Exception {
    try (LogStore log = LogStore.open(dataDir);
        WriteBatch batch = new WriteBatch()) {
      for (int i = 0; i < 200; i++) {
        batch.put(new byte[] {1, (byte) 0xFF, (byte) i}, new byte[] {0});
        batch.put(new byte[] {2, 0, (byte) i}, new byte[] {0});
        batch.put(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) i}, new byte[] {0});
      }
      batch.put(new byte[] {2, 1}, new byte[] {0});
      log.write(batch);
      try (WriteBatch deletions = new WriteBatch()) {
        for (int i = 0; i < 100; i++) {
          deletions.delete(new byte[] {2, 0, (byte) i});
        }
        log.write(deletions);
      }

      assertThat(keys(log, new byte[] {1, (byte) 0xFF})).hasSize(200);
      assertThat(keys(log, new byte[] {2, 0}))
          .hasSize(100)
          .allSatisfy(key -> assertThat(Byte.toUnsignedInt(key[2])).isGreaterThanOrEqualTo(100));
      assertThat(keys(log, new byte[] {(byte) 0xFF, (byte) 0xFF})).hasSize(200);
      assertThat(keys(log, new byte[] {3})).isEmpty();
    }
  }

  private static List<byte[]> keys(LogStore log, byte[] prefix) throws Exception {
    List<byte[]> keys = new ArrayList<>();
    log.scan(
        prefix,
        prefix,
        (key, value) -> {
          keys.add(key);
          return true;
        });
    return keys;
  }
}
