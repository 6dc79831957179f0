package org.mplp.bench.scenario;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.Frames;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.client.TopFields;
import org.mplp.bench.fleet.FleetAccount;

/**
 * MPLP pairs for {@link MessageLoad}: each account's first device sends to its second. The
 * recipient acknowledges what it got in one message-ack per read burst, as a client that has shown
 * or stored a batch would.
 */
public final class MplpPairs {

  private static final int MAX_IDS_PER_ACK = 256;

  private final List<MplpConnection> connections = new ArrayList<>();
  private final List<PairLink> links = new ArrayList<>();
  private volatile MessageLoad load;
  private final AtomicLong replayed = new AtomicLong();

  public List<PairLink> links() {
    return links;
  }

  public List<MplpConnection> connections() {
    return connections;
  }

  /** Logs in both devices of every account and waits until all are ready. */
  public static MplpPairs connect(
      Connector connector, List<FleetAccount> accounts, SourceAddresses sources) throws Exception {
    MplpPairs pairs = new MplpPairs();
    List<CompletableFuture<MplpConnection>> pending = new ArrayList<>();
    int index = 0;
    for (FleetAccount account : accounts) {
      String to = account.devices().get(1).address();
      MplpConnection sender =
          connector.connect(
              sources.forConnection(index++),
              account.devices().get(0).loginCredential(),
              pairs.senderListener());
      MplpConnection recipient =
          connector.connect(
              sources.forConnection(index++),
              account.devices().get(1).loginCredential(),
              pairs.recipientListener());
      pairs.connections.add(sender);
      pairs.connections.add(recipient);
      pending.add(sender.loggedIn().thenApply(ok -> sender));
      pending.add(recipient.loggedIn().thenApply(ok -> recipient));
      pairs.links.add(new Link(sender, to));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    return pairs;
  }

  /**
   * Waits until the recipients have stopped receiving what earlier runs left stored for them (a
   * device gets its whole backlog at login), so that no step measures that replay; returns how many
   * such messages came.
   */
  public long awaitReplay(double quietSeconds, double maxSeconds) throws InterruptedException {
    long until = System.nanoTime() + (long) (maxSeconds * 1e9);
    long seen = -1;
    while (System.nanoTime() < until) {
      long now = replayed.get();
      if (now == seen) {
        return now;
      }
      seen = now;
      Thread.sleep((long) (quietSeconds * 1000));
    }
    return replayed.get();
  }

  public void attach(MessageLoad messageLoad) {
    this.load = messageLoad;
  }

  public void close() {
    for (MplpConnection connection : connections) {
      connection.close();
    }
  }

  private MplpConnection.Listener senderListener() {
    List<String> receipts = new ArrayList<>();
    return new MplpConnection.Listener() {
      @Override
      public void onFrame(MplpConnection connection, TopFields frame, String text) {
        switch (frame.type()) {
          case "message-accepted" -> {
            MessageLoad current = load;
            if (current != null) {
              current.accepted(frame.get("clientMessageId"), System.nanoTime());
            }
          }
          // Acknowledged as a client does, so that the server stops keeping it (REQ-MSG-021).
          case "delivered", "undeliverable" -> receipts.add(frame.get("messageId"));
          case "error" -> reportError(text);
          default -> {}
        }
      }

      @Override
      public void onReadComplete(MplpConnection connection) {
        flush(connection, receipts, Frames::receiptAck, "r");
      }
    };
  }

  private MplpConnection.Listener recipientListener() {
    List<String> unacknowledged = new ArrayList<>();
    return new MplpConnection.Listener() {
      @Override
      public void onFrame(MplpConnection connection, TopFields frame, String text) {
        switch (frame.type()) {
          case "message" -> {
            // Before attach, or from an earlier run: the backlog a device gets at login.
            MessageLoad current = load;
            if (current == null
                || !current.delivered(frame.get("clientMessageId"), System.nanoTime())) {
              replayed.incrementAndGet();
            }
            unacknowledged.add(frame.get("messageId"));
          }
          case "error" -> reportError(text);
          default -> {}
        }
      }

      @Override
      public void onReadComplete(MplpConnection connection) {
        flush(connection, unacknowledged, Frames::messageAck, "a");
      }
    };
  }

  /** Sends the ids batched during a read burst, at most 256 per frame. */
  private static void flush(
      MplpConnection connection,
      List<String> ids,
      BiFunction<String, List<String>, String> frame,
      String frameId) {
    while (!ids.isEmpty()) {
      List<String> batch = ids.subList(0, Math.min(MAX_IDS_PER_ACK, ids.size()));
      connection.send(frame.apply(frameId, new ArrayList<>(batch)));
      batch.clear();
    }
  }

  private int errorsShown;

  private void reportError(String text) {
    if (load != null) {
      load.error();
    }
    if (errorsShown++ < 5) {
      System.err.println("bench: server error frame: " + text);
    }
  }

  /** Sends on the sender's event loop, one frame per write. */
  private record Link(MplpConnection sender, String to) implements PairLink {
    @Override
    public EventLoop eventLoop() {
      return sender.channel().eventLoop();
    }

    @Override
    public void send(String messageKey) {
      sender.send(Frames.send(messageKey, messageKey, to, messageKey));
    }
  }
}
