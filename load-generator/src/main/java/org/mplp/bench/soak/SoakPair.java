package org.mplp.bench.soak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.Frames;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.client.TopFields;
import org.mplp.bench.fleet.FleetAccount;

/**
 * One account's two devices in the soak: the first sends, the second receives; both acknowledge
 * what they get, as clients do. A send stays pending until message-accepted and is sent again with
 * the same clientMessageId on the next connection (REQ-MSG-009). Each device's state lives on its
 * connection's event loop; the ledger is shared.
 */
final class SoakPair {

  private static final int MAX_IDS = 256;

  private final int index;
  private final FleetAccount account;
  private final Ledger ledger;
  private final Map<String, String> pending = new LinkedHashMap<>();
  // Acknowledged ids whose ok a lost connection never brought: the server may have kept the
  // acknowledgement and will not send them again, so the next connection acknowledges them again.
  private final Set<String> receiptAcksUnanswered = new LinkedHashSet<>();
  private final Set<String> messageAcksUnanswered = new LinkedHashSet<>();
  private long nextSend;
  private volatile MplpConnection sender;
  private volatile MplpConnection recipient;

  SoakPair(int index, FleetAccount account, Ledger ledger) {
    this.index = index;
    this.account = account;
    this.ledger = ledger;
  }

  /** Logs both devices in on the current server; completes when both are ready. */
  CompletableFuture<Void> connect(Connector connector) {
    SenderSide senderSide = new SenderSide();
    RecipientSide recipientSide = new RecipientSide();
    MplpConnection newSender =
        connector.connect(null, account.devices().get(0).loginCredential(), senderSide);
    MplpConnection newRecipient =
        connector.connect(null, account.devices().get(1).loginCredential(), recipientSide);
    return CompletableFuture.allOf(
        newSender
            .loggedIn()
            .thenRun(
                () -> {
                  sender = newSender;
                  newSender
                      .channel()
                      .eventLoop()
                      .execute(
                          () -> {
                            resend(newSender);
                            senderSide.again(newSender);
                          });
                }),
        newRecipient
            .loggedIn()
            .thenRun(
                () -> {
                  recipient = newRecipient;
                  newRecipient
                      .channel()
                      .eventLoop()
                      .execute(() -> recipientSide.again(newRecipient));
                }));
  }

  /** Sends the next message, if the sender is connected; on the sender's event loop. */
  void sendNext() {
    MplpConnection connection = sender;
    if (connection == null || !connection.channel().isActive()) {
      return;
    }
    connection
        .channel()
        .eventLoop()
        .execute(
            () -> {
              String clientMessageId = "p" + index + "-" + ++nextSend;
              String frame =
                  Frames.send(
                      "s" + nextSend,
                      clientMessageId,
                      account.devices().get(1).address(),
                      "soak " + clientMessageId);
              synchronized (pending) {
                pending.put(clientMessageId, frame);
              }
              connection.send(frame);
            });
  }

  private void resend(MplpConnection connection) {
    synchronized (pending) {
      pending.values().forEach(connection::send);
    }
  }

  void close() {
    if (sender != null) {
      sender.close();
    }
    if (recipient != null) {
      recipient.close();
    }
    sender = null;
    recipient = null;
  }

  /** Acknowledgements sent and not yet answered, by frame id; on one event loop each. */
  private abstract static class Acks implements MplpConnection.Listener {
    private final Map<String, List<String>> inFlight = new HashMap<>();
    private final List<String> batch = new ArrayList<>();
    private final Set<String> unanswered;
    private int nextId;

    Acks(Set<String> unanswered) {
      this.unanswered = unanswered;
    }

    abstract String frame(String id, List<String> ids);

    abstract void answered(List<String> ids);

    void add(String id) {
      if (!batch.contains(id)) {
        batch.add(id);
      }
    }

    void ok(String replyTo) {
      List<String> ids = inFlight.remove(replyTo);
      if (ids != null) {
        synchronized (unanswered) {
          ids.forEach(unanswered::remove);
        }
        answered(ids);
      }
    }

    /** What an earlier connection acknowledged without an answer, acknowledged again. */
    void again(MplpConnection connection) {
      synchronized (unanswered) {
        unanswered.forEach(this::add);
      }
      onReadComplete(connection);
    }

    @Override
    public void onReadComplete(MplpConnection connection) {
      while (!batch.isEmpty()) {
        List<String> ids = new ArrayList<>(batch.subList(0, Math.min(MAX_IDS, batch.size())));
        batch.subList(0, ids.size()).clear();
        String id = "k" + ++nextId;
        inFlight.put(id, ids);
        synchronized (unanswered) {
          unanswered.addAll(ids);
        }
        connection.send(frame(id, ids));
      }
    }
  }

  private final class SenderSide extends Acks {
    SenderSide() {
      super(receiptAcksUnanswered);
    }

    @Override
    public void onFrame(MplpConnection connection, TopFields frame, String text) {
      switch (frame.type()) {
        case "message-accepted" -> {
          String clientMessageId = frame.get("clientMessageId");
          synchronized (pending) {
            pending.remove(clientMessageId);
          }
          ledger.accepted(clientMessageId, firstMessageId(text));
        }
        case "delivered" -> {
          ledger.receipt(frame.get("messageId"));
          add(frame.get("messageId"));
        }
        case "ok" -> ok(frame.get("replyTo"));
        case "error" -> ledger.error();
        default -> {}
      }
    }

    @Override
    String frame(String id, List<String> ids) {
      return Frames.receiptAck(id, ids);
    }

    @Override
    void answered(List<String> ids) {
      ledger.receiptsAcknowledged(ids);
    }
  }

  private final class RecipientSide extends Acks {
    RecipientSide() {
      super(messageAcksUnanswered);
    }

    @Override
    public void onFrame(MplpConnection connection, TopFields frame, String text) {
      switch (frame.type()) {
        case "message" -> {
          ledger.arrived(frame.get("clientMessageId"), frame.get("messageId"));
          add(frame.get("messageId"));
        }
        case "ok" -> ok(frame.get("replyTo"));
        case "error" -> ledger.error();
        default -> {}
      }
    }

    @Override
    String frame(String id, List<String> ids) {
      return Frames.messageAck(id, ids);
    }

    @Override
    void answered(List<String> ids) {
      ledger.acknowledged(ids);
    }
  }

  /** The messageId of the one recipient a message-accepted names. */
  private static String firstMessageId(String text) {
    int key = text.indexOf("\"messageId\"");
    int start = text.indexOf('"', text.indexOf(':', key) + 1) + 1;
    return text.substring(start, text.indexOf('"', start));
  }
}
