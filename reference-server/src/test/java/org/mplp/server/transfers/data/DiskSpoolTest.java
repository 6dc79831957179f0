package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool on disk with its disk work run at once, on the test's thread. */
class DiskSpoolTest {

  @TempDir Path directory;

  private void spoolFile(String transferId, int index, int bytes) throws Exception {
    Path file = directory.resolve(transferId).resolve(Integer.toString(index));
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[bytes]);
  }

  @Test
  void heldBytesAreThoseOnDiskForAFileNoRequestHasOpened() throws Exception {
    spoolFile("t-1", 0, 123);
    DiskSpool spool = new DiskSpool(directory, Runnable::run);
    assertThat(spool.heldBytes("t-1", 0)).isEqualTo(123);
    assertThat(spool.heldBytes("t-1", 1)).isZero();
    assertThat(spool.heldBytes("t-2", 0)).isZero();
  }

  @Test
  void discardingOneFileKeepsTheOthersOfItsTransfer() throws Exception {
    spoolFile("t-1", 0, 10);
    spoolFile("t-1", 1, 20);
    DiskSpool spool = new DiskSpool(directory, Runnable::run);
    spool.discard("t-1", 0);
    assertThat(directory.resolve("t-1").resolve("0")).doesNotExist();
    assertThat(spool.heldBytes("t-1", 1)).isEqualTo(20);
    spool.discard("t-1", 1);
    assertThat(directory.resolve("t-1")).doesNotExist();
  }

  @Test
  void discardingATransferDeletesEveryFileOfItAndNoOther() throws Exception {
    spoolFile("t-1", 0, 10);
    spoolFile("t-1", 7, 10);
    spoolFile("t-2", 0, 30);
    DiskSpool spool = new DiskSpool(directory, Runnable::run);
    spool.discard("t-1", -1);
    assertThat(directory.resolve("t-1")).doesNotExist();
    assertThat(spool.heldBytes("t-2", 0)).isEqualTo(30);
  }
}
