package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.TransferFlows.ask;
import static org.mplp.server.TransferFlows.file;
import static org.mplp.server.TransferFlows.newId;
import static org.mplp.server.TransferFlows.next;
import static org.mplp.server.TransferFlows.offer;
import static org.mplp.server.TransferFlows.transfer;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.transfers.DataDirection;
import org.mplp.server.transfers.FileAccess;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;

/** An accepted transfer, its files and their tokens survive a restart (spec: Transfers). */
class TransferRestartTest {

  private static final String PASSWORD = "restart password";

  @TempDir Path dataDir;

  @Test
  void anAcceptedTransferCarriesOnAfterARestart() throws Exception {
    LiveServer.Device pc;
    LiveServer.Device mp;
    Transfer accepted;
    String upload;
    try (LiveServer first = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      first.createAccount("235683", PASSWORD);
      pc = first.register("235683", PASSWORD, "PC", "pc");
      mp = first.register("235683", PASSWORD, "MP", "phone");
      Transfer offered = transfer(offer(pc, mp.address(), null, null, file("a.pdf", 10)));
      next(mp, Transfer.class);
      accepted = transfer(ask(mp, new AcceptOffer(newId(), offered.transferId(), null)));
      upload = next(pc, Transfer.class).files().get(0).token();
    }

    try (LiveServer second = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      LiveServer.Device pcAgain = second.resume("235683", pc);
      Transfer atLogin = next(pcAgain, Transfer.class);
      assertThat(atLogin.transferId()).isEqualTo(accepted.transferId());
      assertThat(atLogin.state()).isEqualTo(TransferState.ACCEPTED);
      assertThat(atLogin.files().get(0).token()).isEqualTo(upload);
      FileAccess access =
          second
              .server
              .services()
              .transfers()
              .authorize(accepted.transferId(), 0, upload, DataDirection.UPLOAD)
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS);
      assertThat(access).isEqualTo(new FileAccess.Granted(10));

      LiveServer.Device mpAgain = second.resume("235683", mp);
      Transfer atRecipient = next(mpAgain, Transfer.class);
      assertThat(atRecipient.files().get(0).token()).isEqualTo(accepted.files().get(0).token());
      Transfer completed =
          transfer(
              ask(
                  mpAgain,
                  new FileResult(newId(), accepted.transferId(), 0, FileOutcome.RECEIVED, null)));
      assertThat(completed.state()).isEqualTo(TransferState.COMPLETED);
      assertThat(next(pcAgain, Transfer.class).state()).isEqualTo(TransferState.COMPLETED);
    }
  }
}
