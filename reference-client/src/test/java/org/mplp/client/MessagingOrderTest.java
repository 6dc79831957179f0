package org.mplp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.state.DeviceStateDir;
import org.mplp.client.state.ShownMessages;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Send;

/**
 * The order of one device's messages when the server refuses a send with a code that asks for it to
 * be sent again: a scripted server refuses the first attempt of the first message, and what it
 * stores must still be in the order the messages were given.
 */
class MessagingOrderTest {
  private static final String PHONE = "235683-MP-1";

  @TempDir Path temp;
  private ScheduledExecutorService events;
  private ShownMessages shown;
  private ShownMessages shownReceipts;
  private ScriptedServer server;
  private Messaging messaging;

  @BeforeEach
  void start() {
    events = Executors.newSingleThreadScheduledExecutor();
    DeviceStateDir state = new DeviceStateDir(temp);
    shown = state.shownMessages();
    shownReceipts = state.shownReceipts();
    server = new ScriptedServer();
    messaging = new Messaging(server, events, shown, shownReceipts, new ClientListener() {});
  }

  @AfterEach
  void stop() throws Exception {
    events.shutdownNow();
    shown.close();
    shownReceipts.close();
  }

  /**
   * Answers every send at once: the first attempt of each body in {@code refuseOnce} with
   * rate-limited, every other by storing the message, in the order the attempts arrive.
   */
  private static final class ScriptedServer implements Messaging.Session {
    final Set<String> refuseOnce = ConcurrentHashMap.newKeySet();
    final List<String> stored = new ArrayList<>();
    final AtomicInteger ids = new AtomicInteger();
    volatile boolean ready = true;

    @Override
    public boolean ready() {
      return ready;
    }

    @Override
    public String nextId() {
      return "c" + ids.incrementAndGet();
    }

    @Override
    public synchronized CompletableFuture<Frame> request(String id, Frame frame) {
      Send send = (Send) frame;
      if (refuseOnce.remove(send.body())) {
        return CompletableFuture.failedFuture(
            new ServerRefusedException(ErrorFrame.of(ErrorCode.RATE_LIMITED, id, "too fast")));
      }
      stored.add(send.body());
      return CompletableFuture.completedFuture(
          new MessageAccepted(
              id,
              send.clientMessageId(),
              "2026-01-01T00:00:00Z",
              List.of(new MessageAccepted.Recipient(PHONE, "m-" + stored.size()))));
    }

    synchronized List<String> stored() {
      return List.copyOf(stored);
    }
  }

  /** Holds the event thread until the latch opens, so that every send is given before any goes. */
  private CountDownLatch holdEvents() {
    CountDownLatch open = new CountDownLatch(1);
    events.execute(
        () -> {
          try {
            open.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    return open;
  }

  private List<CompletableFuture<MessageAccepted>> send(String... bodies) {
    List<CompletableFuture<MessageAccepted>> accepted = new ArrayList<>();
    for (String body : bodies) {
      accepted.add(messaging.send(PHONE, "text/plain", body, Integer.MAX_VALUE));
    }
    return accepted;
  }

  private static void awaitAll(List<CompletableFuture<MessageAccepted>> accepted) throws Exception {
    CompletableFuture.allOf(accepted.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
  }

  @Test
  void aSendRefusedWithRateLimitedKeepsItsPlaceInASession() throws Exception {
    server.refuseOnce.add("first");
    CountDownLatch open = holdEvents();
    List<CompletableFuture<MessageAccepted>> accepted = send("first", "second", "third");
    open.countDown();
    awaitAll(accepted);
    assertThat(server.stored()).containsExactly("first", "second", "third");
  }

  @Test
  void aSendRefusedWithRateLimitedKeepsItsPlaceWhenTheOutboxGoesOutAfterALogin() throws Exception {
    server.ready = false;
    List<CompletableFuture<MessageAccepted>> accepted = send("first", "second", "third");
    events.submit(() -> null).get(); // all three wait in the outbox now
    server.refuseOnce.add("first");
    server.ready = true;
    events.execute(messaging::sessionStarted);
    awaitAll(accepted);
    assertThat(server.stored()).containsExactly("first", "second", "third");
  }
}
