package org.mplp.server.messages;

import java.util.HashSet;
import java.util.Set;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages of one logged-in connection, on its event loop: the backlog after login-ok in seq
 * order, then live ones (REQ-MSG-010, REQ-MSG-012). A connection that does not take frames fast
 * enough gets nothing more until it does, and then reads on from the store: a slow reader queues at
 * most one batch and holds up no one else (REQ-MSG-017).
 */
public final class MessageDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MessageDelivery.class);

  /** Messages fetched from the store at a time. */
  static final int BATCH = 64;

  /** The connection it writes to, as far as delivery needs it; called on its event loop. */
  public interface Connection {
    /** Whether the connection takes more frames now without queuing beyond its high water mark. */
    boolean writable();

    /** Sends one frame. */
    void send(Frame frame);
  }

  private final Connection channel;
  private final MessageService messages;
  private Session session;
  private boolean active;
  private boolean fetching;
  private boolean moreInStore;

  /** Receipts are read from the store after this messageId; null once all were read. */
  private String receiptsAfter;

  /**
   * Receipts pushed live while the stored ones are still being read: a page read later may hold
   * them too, and each is written once per connection (REQ-MSG-025 asks clients the same).
   */
  private final Set<String> pushedWhileReading = new HashSet<>();

  /** The highest seq written to this connection. */
  private long sent;

  /** The highest seq the store said it holds for this device. */
  private long offered;

  public MessageDelivery(Connection channel, MessageService messages) {
    this.channel = channel;
    this.messages = messages;
  }

  /** After login-ok: everything not acknowledged, then what comes. */
  public void start(Session loggedIn) {
    session = loggedIn;
    active = true;
    moreInStore = true;
    receiptsAfter = "";
    pump();
  }

  public void stop() {
    active = false;
  }

  /** A message was stored for this device. */
  public void offer(Message message) {
    if (!active) {
      return;
    }
    offered = Math.max(offered, message.seq());
    if (!fetching && !moreInStore && message.seq() == sent + 1 && channel.writable()) {
      channel.send(message);
      sent = message.seq();
    } else {
      pump();
    }
  }

  /** A receipt was stored for this device; written now, and again at each login until acked. */
  public void receipt(Frame receipt) {
    if (!active) {
      return;
    }
    if (receiptsAfter != null) {
      pushedWhileReading.add(Receipts.messageIdOf(receipt));
    }
    channel.send(receipt);
  }

  /** The connection takes frames again. */
  public void writable() {
    pump();
  }

  private void pump() {
    if (!active || fetching || !channel.writable()) {
      return;
    }
    if (!moreInStore && receiptsAfter == null && offered <= sent) {
      return;
    }
    fetching = true;
    messages.fetch(session, sent, BATCH, receiptsAfter, this::fetched);
  }

  private void fetched(Outcome<MessageService.Backlog> outcome) {
    fetching = false;
    if (!active) {
      return;
    }
    if (outcome.isRefused()) {
      LOG.warn("fetching messages failed; they come at the next login");
      return;
    }
    MessageService.Backlog backlog = outcome.value();
    sendReceipts(backlog);
    boolean stopped = false;
    for (Message message : backlog.messages()) {
      if (message.seq() <= sent) {
        continue;
      }
      if (!channel.writable()) {
        stopped = true;
        break;
      }
      channel.send(message);
      sent = message.seq();
    }
    moreInStore = stopped || backlog.full();
    if (!moreInStore) {
      // Everything waiting up to the store's last seq was in the batch, and is written now.
      sent = Math.max(sent, backlog.lastSeq());
    }
    pump();
  }

  private void sendReceipts(MessageService.Backlog backlog) {
    if (receiptsAfter == null) {
      return;
    }
    for (Frame receipt : backlog.receipts()) {
      String messageId = Receipts.messageIdOf(receipt);
      if (!pushedWhileReading.contains(messageId)) {
        channel.send(receipt);
      }
      receiptsAfter = messageId;
    }
    if (!backlog.receiptsFull()) {
      receiptsAfter = null;
      pushedWhileReading.clear();
    }
  }
}
