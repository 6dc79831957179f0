package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.LiveServer.assertError;
import static org.mplp.server.TransferFlows.ask;
import static org.mplp.server.TransferFlows.file;
import static org.mplp.server.TransferFlows.newId;
import static org.mplp.server.TransferFlows.next;
import static org.mplp.server.TransferFlows.offer;
import static org.mplp.server.TransferFlows.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.server.authority.DeviceSettings;
import org.mplp.server.authority.DeviceSettingsStore;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.store.Database;
import org.mplp.server.transfers.DataDirection;
import org.mplp.server.transfers.FileAccess;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.OfferedFile;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferFile;
import org.mplp.spec.model.TransferProgress;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;

/** Transfers between a user's own devices over real sockets, in both bindings (spec: Transfers). */
class TransfersFlowTest {

  private static final String PASSWORD = "transfers password";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private static final long MIB = 1 << 20;

  /** Small limits, so that each is reached with a few frames. */
  static final Limits LIMITS =
      new Limits(
          131_072, 1_000, 5, 16, 16, 5, 60, 16_384, 10_000, 2 * MIB, 3, 2, 600, 86_400, 5 * MIB, 20,
          100, 256, 10, 15, 604_800, 4 * MIB);

  @TempDir static Path temp;
  private static LiveServer live;

  @BeforeAll
  static void start() throws Exception {
    live = LiveServer.start(temp.resolve("data"), LIMITS);
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  private record Pair(String account, LiveServer.Device pc, LiveServer.Device mp) {}

  private static Pair pair(Binding binding) throws Exception {
    String account = "xfer" + ACCOUNTS.incrementAndGet();
    live.createAccount(account, PASSWORD);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc", binding);
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone", binding);
    return new Pair(account, pc, mp);
  }

  /** The offer was refused with the error given. */
  private static void refused(Frame answer, String code) {
    assertThat(answer).as("an error %s", code).isInstanceOf(ErrorFrame.class);
    assertThat(((ErrorFrame) answer).code()).isEqualTo(code);
  }

  private static FileAccess authorize(Transfer t, int index, String token, DataDirection way)
      throws Exception {
    return live.server
        .services()
        .transfers()
        .authorize(t.transferId(), index, token, way)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void anAcceptedFileCompletesAndEachPartyHoldsOnlyItsOwnToken(Binding binding) throws Exception {
    Pair p = pair(binding);
    Transfer offered =
        transfer(offer(p.pc(), p.mp().address(), null, 300, file("a.pdf", 1000), file("b.txt", 0)));
    assertThat(offered.state()).isEqualTo(TransferState.OFFERED);
    assertThat(offered.from()).isEqualTo(p.pc().address());
    assertThat(offered.permission()).isEqualTo(Permission.ASK);
    assertThat(offered.files()).extracting(TransferFile::index).containsExactly(0, 1);
    assertThat(offered.files()).extracting(TransferFile::token).containsOnlyNulls();
    assertThat(
            Duration.between(
                Instant.parse(offered.offeredAt()), Instant.parse(offered.expiresAt())))
        .isEqualTo(Duration.ofSeconds(300));

    Transfer shown = next(p.mp(), Transfer.class);
    assertThat(shown.transferId()).isEqualTo(offered.transferId());
    assertThat(shown.replyTo()).isNull();
    assertThat(shown.files()).extracting(TransferFile::name).containsExactly("a.pdf", "b.txt");

    String acceptId = newId();
    Transfer accepted =
        transfer(ask(p.mp(), new AcceptOffer(acceptId, offered.transferId(), List.of(0))));
    assertThat(accepted.replyTo()).isEqualTo(acceptId);
    assertThat(accepted.state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(accepted.files())
        .extracting(TransferFile::state)
        .containsExactly(FileState.ACCEPTED, FileState.DECLINED);
    String download = accepted.files().get(0).token();
    assertThat(download).hasSize(43);
    assertThat(accepted.files().get(1).token()).isNull();

    Transfer toSender = next(p.pc(), Transfer.class);
    assertThat(toSender.state()).isEqualTo(TransferState.ACCEPTED);
    String upload = toSender.files().get(0).token();
    assertThat(upload).hasSize(43).isNotEqualTo(download);

    assertThat(authorize(accepted, 0, upload, DataDirection.UPLOAD))
        .isEqualTo(new FileAccess.Granted(1000));
    assertThat(authorize(accepted, 0, download, DataDirection.DOWNLOAD))
        .isEqualTo(new FileAccess.Granted(1000));
    assertThat(authorize(accepted, 0, download, DataDirection.UPLOAD))
        .isInstanceOf(FileAccess.Forbidden.class);
    assertThat(authorize(accepted, 1, upload, DataDirection.UPLOAD))
        .isInstanceOf(FileAccess.Forbidden.class);

    String resultId = newId();
    Transfer completed =
        transfer(
            ask(
                p.mp(),
                new FileResult(resultId, offered.transferId(), 0, FileOutcome.RECEIVED, null)));
    assertThat(completed.state()).isEqualTo(TransferState.COMPLETED);
    assertThat(completed.files().get(0).state()).isEqualTo(FileState.RECEIVED);
    assertThat(completed.files()).extracting(TransferFile::token).containsOnlyNulls();
    assertThat(next(p.pc(), Transfer.class).state()).isEqualTo(TransferState.COMPLETED);
    assertThat(authorize(accepted, 0, upload, DataDirection.UPLOAD))
        .isInstanceOf(FileAccess.Gone.class);
    assertError(
        ask(p.mp(), new FileResult("r2", offered.transferId(), 0, FileOutcome.RECEIVED, null)),
        "wrong-transfer-state",
        false,
        "r2");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aRejectionReachesTheSenderWithItsNoteAndLaterAnswersAreRefused(Binding binding)
      throws Exception {
    Pair p = pair(binding);
    Transfer offered = transfer(offer(p.pc(), p.mp().address(), null, null, file("a", 1)));
    next(p.mp(), Transfer.class);
    assertError(
        ask(p.pc(), new AcceptOffer("w1", offered.transferId(), null)), "wrong-party", false, "w1");
    Transfer rejected =
        transfer(ask(p.mp(), new RejectOffer("j1", offered.transferId(), "not now")));
    assertThat(rejected.state()).isEqualTo(TransferState.REJECTED);
    assertThat(rejected.reason()).isEqualTo(TransferReason.DECLINED);
    Transfer told = next(p.pc(), Transfer.class);
    assertThat(told.state()).isEqualTo(TransferState.REJECTED);
    assertThat(told.note()).isEqualTo("not now");
    assertThat(told.by()).isEqualTo(p.mp().address());
    assertError(
        ask(p.mp(), new AcceptOffer("w2", offered.transferId(), null)),
        "wrong-transfer-state",
        false,
        "w2");
    assertError(
        ask(p.pc(), new CancelTransfer("w3", offered.transferId(), null)),
        "wrong-transfer-state",
        false,
        "w3");

    Pair stranger = pair(binding);
    for (String id : List.of(offered.transferId(), "t-none")) {
      assertError(
          ask(stranger.pc(), new CancelTransfer("u1", id, null)), "unknown-transfer", false, "u1");
    }
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void anOfflinePartyHearsOfTheTransferAfterItsNextLogin(Binding binding) throws Exception {
    Pair p = pair(binding);
    p.mp().ws().abort();
    Transfer offered = transfer(offer(p.pc(), p.mp().address(), null, null, file("a", 1)));
    LiveServer.Device mp = live.resume(p.account(), p.mp(), binding);
    Transfer atLogin = next(mp, Transfer.class);
    assertThat(atLogin.transferId()).isEqualTo(offered.transferId());
    assertThat(atLogin.state()).isEqualTo(TransferState.OFFERED);

    p.pc().ws().abort();
    transfer(ask(mp, new AcceptOffer(newId(), offered.transferId(), null)));
    LiveServer.Device pc = live.resume(p.account(), p.pc(), binding);
    Transfer toSender = next(pc, Transfer.class);
    assertThat(toSender.state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(toSender.files().get(0).token()).hasSize(43);

    // An open transfer is sent at each login; a final one only to the party that missed it.
    transfer(ask(pc, new CancelTransfer("c1", offered.transferId(), "changed my mind")));
    Transfer cancelled = next(mp, Transfer.class);
    assertThat(cancelled.state()).isEqualTo(TransferState.CANCELLED);
    assertThat(cancelled.by()).isEqualTo(pc.address());
    pc.ws().abort();
    LiveServer.Device pcAgain = live.resume(p.account(), p.pc(), binding);
    pcAgain.assertNothingPending("p1");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void offersBeyondTheLimitsOrWithUnsafeNamesAreRefused(Binding binding) throws Exception {
    Pair p = pair(binding);
    String to = p.mp().address();
    refused(offer(p.pc(), "nobody-MP-1", null, null, file("a", 1)), "unknown-device");
    refused(offer(p.pc(), p.pc().address(), null, null, file("a", 1)), "unknown-device");
    for (String name : List.of("..", "con.txt", "a:b", "trailing.", "tab\there")) {
      refused(offer(p.pc(), to, null, null, file(name, 1)), "bad-file-name");
    }
    OfferedFile inFolder =
        new OfferedFile("x", "../up", 1, TransferFlows.EMPTY_SHA256, "text/plain");
    refused(offer(p.pc(), to, null, null, inFolder), "bad-file-name");
    refused(
        offer(p.pc(), to, null, null, file("a", 1), file("b", 1), file("c", 1), file("d", 1)),
        "too-many-files");
    refused(offer(p.pc(), to, null, null, file("big", 2 * MIB + 1)), "file-too-large");
    // Files within maxFileBytes that add up to more than maxTransferBytes (REQ-XFER-030).
    refused(
        offer(p.pc(), to, null, null, file("a", 2 * MIB), file("b", 2 * MIB), file("c", 1)),
        "transfer-too-large");
    transfer(offer(p.pc(), to, null, null, file("a", 2 * MIB), file("b", 2 * MIB)));
    refused(offer(p.pc(), to, null, null, file("c", 2 * MIB)), "spool-full");
    transfer(offer(p.pc(), to, null, null, file("d", 1)));
    refused(offer(p.pc(), to, null, null, file("e", 1)), "too-many-transfers");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void anUnansweredOfferExpiresForBothParties(Binding binding) throws Exception {
    Pair p = pair(binding);
    Transfer offered = transfer(offer(p.pc(), p.mp().address(), null, 1, file("a", 1)));
    next(p.mp(), Transfer.class);
    Transfer atSender = next(p.pc(), Transfer.class);
    Transfer atRecipient = next(p.mp(), Transfer.class);
    for (Transfer expired : List.of(atSender, atRecipient)) {
      assertThat(expired.transferId()).isEqualTo(offered.transferId());
      assertThat(expired.state()).isEqualTo(TransferState.EXPIRED);
      assertThat(expired.reason()).isEqualTo(TransferReason.EXPIRED);
    }
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void permissionsDecideAtOnceAndTheRecipientNeverHearsOfARejection(Binding binding)
      throws Exception {
    Pair p = pair(binding);
    Transfer direct =
        transfer(offer(p.pc(), p.mp().address(), Permission.DIRECT, null, file("a", 1)));
    assertThat(direct.state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(direct.files().get(0).token()).hasSize(43);
    assertThat(next(p.mp(), Transfer.class).state()).isEqualTo(TransferState.ACCEPTED);
    transfer(ask(p.pc(), new CancelTransfer(newId(), direct.transferId(), null)));
    assertThat(next(p.mp(), Transfer.class).state()).isEqualTo(TransferState.CANCELLED);

    Transfer rejected =
        transfer(offer(p.pc(), p.mp().address(), Permission.REJECT, null, file("a", 1)));
    assertThat(rejected.state()).isEqualTo(TransferState.REJECTED);
    assertThat(rejected.reason()).isEqualTo(TransferReason.PERMISSION);

    settings(
        p,
        new DeviceSettings(
            Permission.ASK, new Policy(Permission.DIRECT, MessageHandling.ACCEPT, 10L)));
    Transfer restricted =
        transfer(offer(p.pc(), p.mp().address(), Permission.DIRECT, null, file("a", 1)));
    assertThat(restricted.permission()).isEqualTo(Permission.ASK);
    assertThat(restricted.state()).isEqualTo(TransferState.OFFERED);
    assertThat(next(p.mp(), Transfer.class).transferId()).isEqualTo(restricted.transferId());
    Transfer capped =
        transfer(offer(p.pc(), p.mp().address(), Permission.DIRECT, null, file("a", 11)));
    assertThat(capped.state()).isEqualTo(TransferState.REJECTED);
    assertThat(capped.reason()).isEqualTo(TransferReason.SIZE_CAP);
    p.mp().assertNothingPending("p1");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aRemovedDeviceTakesItsOpenTransfersWithIt(Binding binding) throws Exception {
    Pair p = pair(binding);
    Transfer offered = transfer(offer(p.pc(), p.mp().address(), null, null, file("a", 1)));
    next(p.mp(), Transfer.class);
    assertThat(ask(p.mp(), new Logout("o1", true))).isEqualTo(new Ok("o1"));
    Transfer cancelled = next(p.pc(), Transfer.class);
    assertThat(cancelled.transferId()).isEqualTo(offered.transferId());
    assertThat(cancelled.state()).isEqualTo(TransferState.CANCELLED);
    assertThat(cancelled.reason()).isEqualTo(TransferReason.DEVICE_REMOVED);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void bothPartiesHearProgressAndTheEndOfUploadAndDownload(Binding binding) throws Exception {
    Pair p = pair(binding);
    Transfer direct =
        transfer(offer(p.pc(), p.mp().address(), Permission.DIRECT, null, file("a", 100)));
    next(p.mp(), Transfer.class);
    var transfers = live.server.services().transfers();
    transfers.uploaded(direct.transferId(), 0, 100);
    transfers.downloaded(direct.transferId(), 0, 100);
    for (LiveServer.Device party : List.of(p.pc(), p.mp())) {
      assertThat(next(party, TransferProgress.class))
          .isEqualTo(new TransferProgress(direct.transferId(), 0, 100, 0));
      assertThat(next(party, TransferProgress.class))
          .isEqualTo(new TransferProgress(direct.transferId(), 0, 100, 100));
    }
  }

  /** Sets the phone's settings as H-AUTH's frames will: through a second connection. */
  private static void settings(Pair p, DeviceSettings settings) throws Exception {
    try (Database database = Database.open(temp.resolve("data"))) {
      long id =
          new DeviceStore(database)
              .find(DeviceAddress.parse(p.mp().address()).orElseThrow())
              .orElseThrow()
              .id();
      new DeviceSettingsStore(database).save(id, settings);
    }
  }
}
