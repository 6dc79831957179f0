package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.TransferFlows.ask;
import static org.mplp.server.TransferFlows.file;
import static org.mplp.server.TransferFlows.newId;
import static org.mplp.server.TransferFlows.next;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.server.transfers.DataDirection;
import org.mplp.server.transfers.FileAccess;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;

/** One offer to several devices, over real sockets in both bindings (spec: Several recipients). */
class TransferGroupsFlowTest {

  private static final String PASSWORD = "groups password";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  @TempDir static Path temp;
  private static LiveServer live;

  @BeforeAll
  static void start() throws Exception {
    live = LiveServer.start(temp.resolve("data"), TransfersFlowTest.LIMITS);
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  private record Three(LiveServer.Device pc, LiveServer.Device mp, LiveServer.Device tv) {}

  private static Three three(Binding binding) throws Exception {
    String account = "group" + ACCOUNTS.incrementAndGet();
    live.createAccount(account, PASSWORD);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc", binding);
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone", binding);
    LiveServer.Device tv = live.register(account, PASSWORD, "TV", "tv", binding);
    return new Three(pc, mp, tv);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void eachRecipientAnswersItsOwnTransferOfTheGroup(Binding binding) throws Exception {
    Three d = three(binding);
    String offerId = newId();
    Offer offer =
        new Offer(
            offerId,
            d.mp().address(),
            null,
            null,
            List.of(file("a.bin", 10)),
            List.of(d.tv().address()));
    Transfer toPhone = (Transfer) ask(d.pc(), offer);
    Transfer toTv = next(d.pc(), Transfer.class);
    Ok ok = next(d.pc(), Ok.class);
    assertThat(ok.replyTo()).isEqualTo(offerId);
    assertThat(List.of(toPhone.replyTo() == null, toTv.replyTo() == null)).containsOnly(true);
    assertThat(toPhone.to()).isEqualTo(d.mp().address());
    assertThat(toTv.to()).isEqualTo(d.tv().address());
    assertThat(toPhone.group()).isNotNull().isEqualTo(toTv.group());
    assertThat(toPhone.transferId()).isNotEqualTo(toTv.transferId());

    Transfer atPhone = next(d.mp(), Transfer.class);
    Transfer atTv = next(d.tv(), Transfer.class);
    assertThat(atPhone.transferId()).isEqualTo(toPhone.transferId());
    assertThat(atTv.transferId()).isEqualTo(toTv.transferId());

    Transfer accepted =
        (Transfer) ask(d.mp(), new AcceptOffer(newId(), atPhone.transferId(), null));
    assertThat(accepted.state()).isEqualTo(TransferState.ACCEPTED);
    Transfer rejected = (Transfer) ask(d.tv(), new RejectOffer(newId(), atTv.transferId(), null));
    assertThat(rejected.state()).isEqualTo(TransferState.REJECTED);
    assertThat(next(d.pc(), Transfer.class).state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(next(d.pc(), Transfer.class).state()).isEqualTo(TransferState.REJECTED);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aDirectOfferToEveryOtherDeviceSharesOneSpooledFile(Binding binding) throws Exception {
    Three d = three(binding);
    Offer offer = new Offer(newId(), "*", Permission.DIRECT, null, List.of(file("b.bin", 10)));
    Transfer first = (Transfer) ask(d.pc(), offer);
    Transfer second = next(d.pc(), Transfer.class);
    next(d.pc(), Ok.class);
    assertThat(List.of(first.to(), second.to()))
        .containsExactlyInAnyOrder(d.mp().address(), d.tv().address());
    FileAccess one = authorize(first, first.files().get(0).token());
    FileAccess other = authorize(second, second.files().get(0).token());
    assertThat(one).isEqualTo(new FileAccess.Granted(10, first.group()));
    assertThat(other).isEqualTo(one);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void anOfferNamingADeviceTheAccountDoesNotHaveMakesNoTransfer(Binding binding) throws Exception {
    Three d = three(binding);
    String nobody = d.pc().address().replace("-PC-", "-PAD-");
    Frame refused =
        ask(
            d.pc(),
            new Offer(
                newId(), d.mp().address(), null, null, List.of(file("c.bin", 1)), List.of(nobody)));
    assertThat(refused).isInstanceOf(ErrorFrame.class);
    assertThat(((ErrorFrame) refused).code()).isEqualTo("unknown-device");
    // Nothing reached the phone: the next frame it gets answers its own ping.
    assertThat(ask(d.mp(), new Ping(newId()))).isInstanceOf(Pong.class);
  }

  private static FileAccess authorize(Transfer t, String token) throws Exception {
    return live.server
        .services()
        .transfers()
        .authorize(t.transferId(), 0, token, DataDirection.UPLOAD)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }
}
