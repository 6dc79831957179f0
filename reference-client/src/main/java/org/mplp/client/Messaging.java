package org.mplp.client;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.mplp.client.messages.AckQueue;
import org.mplp.client.messages.Outbox;
import org.mplp.client.messages.PendingSend;
import org.mplp.client.state.ShownMessages;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.ReceiptAck;

/**
 * The messages of one device (spec: Messages): sends kept until the server accepts them and sent
 * again in each new session with their clientMessageId, one at a time so that they are stored in
 * the order they were given (see {@link Outbox}); arriving messages and receipts shown once ever
 * and acknowledged in batches. Everything but {@link #send} runs on the client's event thread.
 */
final class Messaging {
  /** What a connected session offers: whether it is logged in, and a way to ask the server. */
  interface Session {
    boolean ready();

    String nextId();

    CompletableFuture<Frame> request(String id, Frame frame);
  }

  private final Session session;
  private final ScheduledExecutorService events;
  private final ShownMessages shown;
  private final ShownMessages shownReceipts;
  private final ClientListener listener;
  private final Outbox outbox = new Outbox();
  private final AckQueue acks = new AckQueue();
  private final AckQueue receiptAcks = new AckQueue();
  private final Set<CompletableFuture<Frame>> acksInFlight = new HashSet<>();
  private boolean ackFlushScheduled;
  private volatile boolean over;
  private volatile long sendsAnswered;

  Messaging(
      Session session,
      ScheduledExecutorService events,
      ShownMessages shown,
      ShownMessages shownReceipts,
      ClientListener listener) {
    this.session = session;
    this.events = events;
    this.shown = shown;
    this.shownReceipts = shownReceipts;
    this.listener = listener;
  }

  /** Any thread: queues the message and sends it when a session is logged in. */
  CompletableFuture<MessageAccepted> send(
      String to, String mediaType, String body, int maxMessageBytes) {
    int bytes = body.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxMessageBytes) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException(
              "the message is "
                  + bytes
                  + " bytes long; the server takes at most "
                  + maxMessageBytes));
    }
    CompletableFuture<MessageAccepted> result = new CompletableFuture<>();
    events.execute(
        () -> {
          if (over) {
            result.completeExceptionally(new ConnectionLostException("the session has ended"));
            return;
          }
          PendingSend pending = outbox.add(to, mediaType, body);
          pending
              .accepted()
              .whenComplete(
                  (accepted, failure) -> {
                    if (failure == null) {
                      result.complete(accepted);
                    } else {
                      result.completeExceptionally(failure);
                    }
                  });
          sendNext();
        });
    return result;
  }

  /** A session logged in: what waits in the outbox goes out again, in order. */
  void sessionStarted() {
    over = false;
    sendNext();
  }

  /** Puts the oldest waiting send on the wire, unless one is there already or it is held. */
  private void sendNext() {
    if (session.ready()) {
      outbox.next().ifPresent(this::transmit);
    }
  }

  /** The connection is gone: the server delivers again what was not acknowledged. */
  void connectionLost() {
    acks.clear();
    receiptAcks.clear();
  }

  /** No session will follow: every send still waiting fails. */
  void end(Exception why) {
    over = true;
    for (PendingSend pending : outbox.all()) {
      outbox.remove(pending);
      pending.accepted().completeExceptionally(why);
    }
  }

  void onMessage(Message message) {
    // Recorded before it is shown (see ShownMessages); acknowledged after, also when not new.
    if (shown.firstShowing(message.messageId())) {
      listener.onMessage(message);
    }
    acks.add(message.messageId());
    scheduleAckFlush();
  }

  /**
   * A delivered or undeliverable receipt: shown once ever (REQ-MSG-025), acknowledged with
   * receipt-ack after, also when not new (REQ-MSG-024), so the server stops sending it again.
   */
  void onReceipt(String messageId, Runnable show) {
    if (shownReceipts.firstShowing(messageId)) {
      show.run();
    }
    receiptAcks.add(messageId);
    scheduleAckFlush();
  }

  private void scheduleAckFlush() {
    if (!ackFlushScheduled) {
      ackFlushScheduled = true;
      events.execute(this::flushAcks);
    }
  }

  private void flushAcks() {
    ackFlushScheduled = false;
    if (!session.ready()) {
      return;
    }
    flush(acks, shown, MessageAck::new);
    flush(receiptAcks, shownReceipts, ReceiptAck::new);
  }

  private void flush(
      AckQueue queue, ShownMessages record, BiFunction<String, List<String>, Frame> frame) {
    for (List<String> batch : queue.drain()) {
      String id = session.nextId();
      CompletableFuture<Frame> answer = session.request(id, frame.apply(id, batch));
      acksInFlight.add(answer);
      answer.whenComplete(
          (ok, failure) ->
              events.execute(
                  () -> {
                    acksInFlight.remove(answer);
                    if (failure == null) {
                      record.acknowledged(batch);
                    } else if (Requests.isRetryable(failure)) {
                      events.schedule(
                          () -> {
                            queue.addAll(batch);
                            flushAcks();
                          },
                          1,
                          TimeUnit.SECONDS);
                    }
                  }));
    }
  }

  private void transmit(PendingSend pending) {
    pending.inFlight(true);
    String id = session.nextId();
    session
        .request(id, pending.frame(id))
        .whenComplete(
            (answer, failure) -> events.execute(() -> sendAnswered(pending, answer, failure)));
  }

  private void sendAnswered(PendingSend pending, Frame answer, Throwable failure) {
    pending.inFlight(false);
    sendsAnswered++;
    if (failure == null) {
      outbox.remove(pending);
      pending.accepted().complete((MessageAccepted) answer);
      sendNext();
      return;
    }
    Throwable cause = Requests.unwrap(failure);
    if (cause instanceof ConnectionLostException && !over) {
      return; // stays first in the outbox; the next session sends it again
    }
    if (Requests.isRetryable(cause)) {
      // Held in its place: the sends after it wait until the server has it.
      pending.held(true);
      events.schedule(
          () -> {
            pending.held(false);
            sendNext();
          },
          1,
          TimeUnit.SECONDS);
      return;
    }
    outbox.remove(pending);
    pending.accepted().completeExceptionally(cause);
    sendNext();
  }

  /** How many answers to sends have come so far, refusals included: a measure of progress. */
  long sendsAnswered() {
    return sendsAnswered;
  }

  /** Completes once every send given so far is accepted or refused. */
  CompletableFuture<Void> allSendsSettled() {
    return CompletableFuture.supplyAsync(outbox::all, events)
        .thenCompose(
            all ->
                CompletableFuture.allOf(
                    all.stream()
                        .map(p -> p.accepted().handle((a, e) -> null))
                        .toArray(CompletableFuture[]::new)));
  }

  /** Sends the acknowledgements waiting now; completes when the server has answered them. */
  CompletableFuture<Void> allAcknowledged() {
    return CompletableFuture.supplyAsync(
            () -> {
              flushAcks();
              return CompletableFuture.allOf(acksInFlight.toArray(CompletableFuture[]::new));
            },
            events)
        .thenCompose(all -> all.handle((v, e) -> null));
  }
}
