package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.LiveServer.assertError;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.Undeliverable;

/** Messages between a user's own devices over real sockets (spec: Messages, S41 to S43). */
class MessagesFlowTest {

  private static final String PASSWORD = "messages password";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private static final AtomicInteger IDS = new AtomicInteger();

  @TempDir static Path temp;
  private static LiveServer live;

  @BeforeAll
  static void start() throws Exception {
    live = LiveServer.start(temp.resolve("data"), ServerConfig.DEFAULT_LIMITS);
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  private static String newAccount(LiveServer server) throws Exception {
    String name = "msg" + ACCOUNTS.incrementAndGet();
    server.createAccount(name, PASSWORD);
    return name;
  }

  /** The next frame that is not a device event. */
  static Frame next(LiveServer.Device device) throws Exception {
    Frame frame = device.ws().next();
    while (frame instanceof DeviceEvent) {
      frame = device.ws().next();
    }
    return frame;
  }

  static <T extends Frame> T next(LiveServer.Device device, Class<T> type) throws Exception {
    Frame frame = next(device);
    assertThat(frame).as("the next frame to %s", device.address()).isInstanceOf(type);
    return type.cast(frame);
  }

  static Frame send(LiveServer.Device from, String clientMessageId, String to, String body)
      throws Exception {
    from.ws()
        .send(
            from.ws()
                .encode(
                    new Send(
                        "s" + IDS.incrementAndGet(),
                        clientMessageId,
                        to,
                        null,
                        "text/plain",
                        body)));
    return next(from);
  }

  static MessageAccepted accepted(Frame frame) {
    assertThat(frame).as("the answer to a send").isInstanceOf(MessageAccepted.class);
    return (MessageAccepted) frame;
  }

  static void ack(LiveServer.Device device, String... messageIds) throws Exception {
    String id = "a" + IDS.incrementAndGet();
    device.ws().send(device.ws().encode(new MessageAck(id, List.of(messageIds))));
    assertThat(next(device)).isEqualTo(new Ok(id));
  }

  /** Nothing but device events was sent to a device before now: a ping's pong comes next. */
  static void assertNothingPending(LiveServer.Device device, String pingId) throws Exception {
    device.ws().send(device.ws().encode(new Ping(pingId)));
    assertThat(next(device))
        .as("the next frame to %s", device.address())
        .isEqualTo(new Pong(pingId));
  }

  /** Waits until another online device hears that {@code gone} went offline. */
  private static void awaitOffline(LiveServer.Device witness, LiveServer.Device gone)
      throws Exception {
    gone.ws().abort();
    while (true) {
      Frame frame = witness.ws().next();
      if (frame instanceof DeviceEvent event
          && event.event() == DeviceEventKind.OFFLINE
          && event.device().address().equals(gone.address())) {
        return;
      }
    }
  }

  @Test
  void aMessageGoesFromPcToThePhoneAndBackWithReceipts() throws Exception {
    String account = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");

    MessageAccepted accepted = accepted(send(pc, "pc1-1", mp.address(), "Leaving now."));
    assertThat(accepted.clientMessageId()).isEqualTo("pc1-1");
    assertThat(accepted.recipients()).hasSize(1);
    assertThat(accepted.recipients().get(0).to()).isEqualTo(mp.address());
    String messageId = accepted.recipients().get(0).messageId();

    Message message = next(mp, Message.class);
    assertThat(message.messageId()).isEqualTo(messageId);
    assertThat(message.from()).isEqualTo(pc.address());
    assertThat(message.to()).isEqualTo(mp.address());
    assertThat(message.seq()).isEqualTo(1);
    assertThat(message.body()).isEqualTo("Leaving now.");
    assertThat(message.sentAt()).isEqualTo(accepted.sentAt());

    ack(mp, messageId);
    Delivered delivered = next(pc, Delivered.class);
    assertThat(delivered.messageId()).isEqualTo(messageId);
    assertThat(delivered.clientMessageId()).isEqualTo("pc1-1");
    assertThat(delivered.to()).isEqualTo(mp.address());

    MessageAccepted back = accepted(send(mp, "mp-1", pc.address(), "OK, see you"));
    Message reply = next(pc, Message.class);
    assertThat(reply.from()).isEqualTo(mp.address());
    assertThat(reply.seq()).isEqualTo(1);
    assertThat(reply.messageId()).isEqualTo(back.recipients().get(0).messageId());
    pc.ws().abort();
    mp.ws().abort();
  }

  @Test
  void aSendToAllReachesEveryOtherDeviceOnlineOrNot() throws Exception {
    String account = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    LiveServer.Device tv = live.register(account, PASSWORD, "TV", "tv");
    awaitOffline(pc, tv);

    MessageAccepted accepted = accepted(send(pc, "all-1", Send.ALL_DEVICES, "to everyone"));
    assertThat(accepted.recipients())
        .extracting(MessageAccepted.Recipient::to)
        .containsExactlyInAnyOrder(mp.address(), tv.address());
    assertThat(next(mp, Message.class).body()).isEqualTo("to everyone");

    LiveServer.Device tvAgain = live.resume(account, tv);
    Message atTv = next(tvAgain, Message.class);
    assertThat(atTv.to()).isEqualTo(tv.address());
    assertThat(atTv.from()).isEqualTo(pc.address());
    assertNothingPending(pc, "p1");
    for (LiveServer.Device device : List.of(pc, mp, tvAgain)) {
      device.ws().abort();
    }
  }

  @Test
  void anOfflineRecipientGetsItsMessagesInOrderUntilItAcknowledgesThem() throws Exception {
    String account = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    awaitOffline(pc, mp);
    for (int i = 1; i <= 5; i++) {
      accepted(send(pc, "o-" + i, mp.address(), "message " + i));
    }

    LiveServer.Device first = live.resume(account, mp);
    String[] ids = new String[5];
    for (int i = 1; i <= 5; i++) {
      Message message = next(first, Message.class);
      assertThat(message.seq()).isEqualTo(i);
      assertThat(message.body()).isEqualTo("message " + i);
      ids[i - 1] = message.messageId();
    }
    assertNothingPending(first, "p1");
    awaitOffline(pc, first);

    // Not acknowledged: delivered again at the next login (REQ-MSG-013).
    LiveServer.Device second = live.resume(account, mp);
    for (int i = 1; i <= 5; i++) {
      assertThat(next(second, Message.class).messageId()).isEqualTo(ids[i - 1]);
    }
    ack(second, ids[0], ids[1], ids[2], ids[3], ids[4], "m-not-mine");
    for (int i = 0; i < 5; i++) {
      next(pc, Delivered.class);
    }
    awaitOffline(pc, second);

    // Acknowledged: never again (REQ-MSG-014).
    LiveServer.Device third = live.resume(account, mp);
    assertNothingPending(third, "p2");
    accepted(send(pc, "o-6", mp.address(), "message 6"));
    assertThat(next(third, Message.class).seq()).isEqualTo(6);
    pc.ws().abort();
    third.ws().abort();
  }

  @Test
  void aRepeatedClientMessageIdGetsTheFirstAnswerAndIsDeliveredOnce() throws Exception {
    String account = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    MessageAccepted first = accepted(send(pc, "dup-1", mp.address(), "once"));
    MessageAccepted again = accepted(send(pc, "dup-1", mp.address(), "once"));
    assertThat(again.recipients()).isEqualTo(first.recipients());
    assertThat(again.sentAt()).isEqualTo(first.sentAt());
    assertThat(next(mp, Message.class).body()).isEqualTo("once");
    assertNothingPending(mp, "p1");
    pc.ws().abort();
    mp.ws().abort();
  }

  @Test
  void forgedUnknownAndTooLargeSendsAreRefusedAndNothingIsStored() throws Exception {
    String account = newAccount(live);
    String other = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    LiveServer.Device stranger = live.register(other, PASSWORD, "PC", "stranger");

    pc.ws()
        .send(
            pc.ws().encode(new Send("f1", "f-1", mp.address(), mp.address(), "text/plain", "hi")));
    assertError(next(pc), "forged-sender", false, "f1");
    pc.ws()
        .send(
            pc.ws().encode(new Send("f2", "f-2", mp.address(), pc.address(), "text/plain", "hi")));
    accepted(next(pc));
    assertThat(next(mp, Message.class).clientMessageId()).isEqualTo("f-2");

    for (String to : List.of(stranger.address(), pc.address(), account + "-TV-9")) {
      Frame answer = send(pc, "u-" + IDS.incrementAndGet(), to, "hi");
      assertThat(answer).as("a send to %s", to).isNotInstanceOf(MessageAccepted.class);
      assertThat(((org.mplp.spec.model.ErrorFrame) answer).code()).isEqualTo("unknown-device");
    }

    int max = ServerConfig.DEFAULT_LIMITS.maxMessageBytes();
    String fits = "é".repeat(max / 2);
    accepted(send(pc, "big-1", mp.address(), fits));
    assertThat(next(mp, Message.class).body()).isEqualTo(fits);
    assertThat(
            ((org.mplp.spec.model.ErrorFrame) send(pc, "big-2", mp.address(), fits + "a")).code())
        .isEqualTo("message-too-large");
    assertNothingPending(mp, "p1");
    assertNothingPending(stranger, "p2");
    pc.ws().abort();
    mp.ws().abort();
    stranger.ws().abort();
  }

  @Test
  void aDeliveredReceiptWaitsForItsSendersNextLogin() throws Exception {
    String account = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    String messageId =
        accepted(send(pc, "r-1", mp.address(), "receipt later")).recipients().get(0).messageId();
    assertThat(next(mp, Message.class).messageId()).isEqualTo(messageId);
    awaitOffline(mp, pc);
    ack(mp, messageId);

    LiveServer.Device pcAgain = live.resume(account, pc);
    Delivered delivered = next(pcAgain, Delivered.class);
    assertThat(delivered.messageId()).isEqualTo(messageId);
    assertThat(delivered.to()).isEqualTo(mp.address());
    assertNothingPending(pcAgain, "p1");
    pcAgain.ws().abort();
    mp.ws().abort();
  }

  @Test
  void aRemovedRecipientsMessagesBecomeUndeliverableForOnlineAndOfflineSenders() throws Exception {
    String account = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device tv = live.register(account, PASSWORD, "TV", "tv");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    String fromPc =
        accepted(send(pc, "x-1", mp.address(), "never read")).recipients().get(0).messageId();
    String fromTv =
        accepted(send(tv, "x-2", mp.address(), "never read")).recipients().get(0).messageId();
    next(mp, Message.class);
    next(mp, Message.class);
    awaitOffline(pc, tv);

    mp.ws().send(mp.ws().encode(new Logout("bye", true)));
    assertThat(next(mp)).isEqualTo(new Ok("bye"));
    Undeliverable atPc = next(pc, Undeliverable.class);
    assertThat(atPc.messageId()).isEqualTo(fromPc);
    assertThat(atPc.reason()).isEqualTo(Undeliverable.DEVICE_REMOVED);
    assertThat(atPc.to()).isEqualTo(mp.address());

    LiveServer.Device tvAgain = live.resume(account, tv);
    Undeliverable atTv = next(tvAgain, Undeliverable.class);
    assertThat(atTv.messageId()).isEqualTo(fromTv);
    assertThat(atTv.clientMessageId()).isEqualTo("x-2");

    // A new phone at the freed address starts afresh.
    LiveServer.Device newMp = live.register(account, PASSWORD, "MP", "new phone");
    assertThat(newMp.address()).isEqualTo(mp.address());
    assertNothingPending(newMp, "p1");
    accepted(send(pc, "x-3", newMp.address(), "hello new phone"));
    assertThat(next(newMp, Message.class).seq()).isEqualTo(1);
    pc.ws().abort();
    tvAgain.ws().abort();
    newMp.ws().abort();
  }

  @Test
  void aFullRecipientRefusesMoreAndStoresNothing(@TempDir Path dataDir) throws Exception {
    Limits limits = ServerConfig.DEFAULT_LIMITS;
    Limits two =
        new Limits(
            limits.maxFrameBytes(),
            limits.maxFramesPerSecond(),
            limits.helloTimeoutSeconds(),
            limits.maxDevicesPerAccount(),
            limits.maxFramesBeforeLogin(),
            limits.maxLoginFailures(),
            limits.lockoutSeconds(),
            limits.maxMessageBytes(),
            16,
            limits.maxFileBytes(),
            limits.maxFilesPerOffer(),
            limits.maxOpenTransfers(),
            limits.offerLifetimeSeconds(),
            limits.transferLifetimeSeconds(),
            limits.spoolQuotaBytes(),
            limits.loginTimeoutSeconds(),
            limits.maxLoginFailuresPerAddress(),
            limits.maxConnectionsPerAddress(),
            limits.requestHeadSeconds(),
            limits.requestBodyIdleSeconds(),
            limits.transferRetentionSeconds(),
            limits.maxTransferBytes());
    try (LiveServer small = LiveServer.start(dataDir, two)) {
      String account = newAccount(small);
      LiveServer.Device pc = small.register(account, PASSWORD, "PC", "pc");
      LiveServer.Device mp = small.register(account, PASSWORD, "MP", "phone");
      LiveServer.Device tv = small.register(account, PASSWORD, "TV", "tv");
      for (int i = 1; i <= 16; i++) {
        accepted(send(pc, "full-" + i, mp.address(), "" + i));
      }
      Frame refused = send(pc, "full-17", Send.ALL_DEVICES, "17");
      assertThat(((org.mplp.spec.model.ErrorFrame) refused).code()).isEqualTo("recipient-full");
      assertNothingPending(tv, "p1");
      String first = next(mp, Message.class).messageId();
      for (int i = 2; i <= 16; i++) {
        next(mp, Message.class);
      }
      ack(mp, first);
      assertThat(next(pc, Delivered.class).messageId()).isEqualTo(first);
      accepted(send(pc, "full-18", mp.address(), "18"));
      assertThat(next(mp, Message.class).seq()).isEqualTo(17);
    }
  }

  @Test
  void aRecipientThatDoesNotReadHoldsUpNoOneAndGetsEverythingInOrderLater() throws Exception {
    String account = newAccount(live);
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device tv = live.register(account, PASSWORD, "TV", "tv");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "slow phone");
    mp.ws().pause();
    String big = "x".repeat(ServerConfig.DEFAULT_LIMITS.maxMessageBytes() - 100);
    int count = 300;
    for (int i = 1; i <= count; i++) {
      accepted(send(pc, "slow-" + i, mp.address(), i + big));
      // Below the frame-rate limit.
      Thread.sleep(8);
    }
    // The phone reads nothing yet, and the TV still gets its message: nobody waits for the phone.
    accepted(send(pc, "fast-1", tv.address(), "not held up"));
    assertThat(next(tv, Message.class).body()).isEqualTo("not held up");

    mp.ws().resume();
    for (int i = 1; i <= count; i++) {
      Message message = next(mp, Message.class);
      assertThat(message.seq()).isEqualTo(i);
      assertThat(message.body()).isEqualTo(i + big);
    }
    assertNothingPending(mp, "p1");
    pc.ws().abort();
    tv.ws().abort();
    mp.ws().abort();
  }
}
