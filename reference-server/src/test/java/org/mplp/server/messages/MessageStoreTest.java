package org.mplp.server.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.store.LogCommit;
import org.mplp.server.store.MessageLog;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.rocksdb.WriteBatch;

/** The message log's entries and the counts kept beside them agree, across jobs that fail. */
class MessageStoreTest {

  private static final long SENDER = 7;
  private static final long RECIPIENT = 9;

  @TempDir Path dataDir;
  private final StoreExecutor executor = StoreExecutor.callerRuns();
  private final SplittableRandom random = new SplittableRandom(1);
  private MessageLog log;
  private MessageStore messages;

  @BeforeEach
  void open() throws Exception {
    log = MessageLog.open(dataDir, executor, 16);
    messages = new MessageStore(log.commits());
  }

  @AfterEach
  void close() {
    log.close();
  }

  /** Runs one write as a group of its own; its result, or what it threw. */
  private <T> T write(Write<T> write) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    log.commits()
        .runNow(
            new LogCommit.Job() {
              @Override
              public Runnable write(WriteBatch batch) throws Exception {
                result.set(write.run(batch));
                return () -> {};
              }

              @Override
              public void failed(Exception cause) {
                failure.set(cause);
              }
            });
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  @FunctionalInterface
  private interface Write<T> {
    T run(WriteBatch batch) throws Exception;
  }

  private Message store(WriteBatch batch, String clientMessageId) throws Exception {
    return messages.insert(
        batch,
        SENDER,
        RECIPIENT,
        "235683-MP-1",
        new Message(
            null,
            clientMessageId,
            "235683-PC-1",
            null,
            0,
            "2026-11-24T09:00:00Z",
            "text/plain",
            "hello " + clientMessageId),
        random);
  }

  private Message store(String clientMessageId) throws Exception {
    return write(batch -> store(batch, clientMessageId));
  }

  private Optional<MessageStore.Settled> acknowledge(String messageId) throws Exception {
    return write(batch -> messages.acknowledge(batch, RECIPIENT, messageId));
  }

  @Test
  void seqsFollowEachOtherAndAcknowledgementsLowerThePendingCount() throws Exception {
    Message first = store("c-1");
    assertThat(first.seq()).isEqualTo(1);
    assertThat(store("c-2").seq()).isEqualTo(2);
    assertThat(messages.pendingCount(RECIPIENT)).isEqualTo(2);

    assertThat(acknowledge(first.messageId())).isPresent();
    assertThat(acknowledge(first.messageId()))
        .as("a second acknowledgement finds nothing pending")
        .isEmpty();
    assertThat(messages.pendingCount(RECIPIENT)).isEqualTo(1);
    assertThat(messages.lastSeq(RECIPIENT)).isEqualTo(2);
    assertThat(messages.pendingAfter(RECIPIENT, 0, 10))
        .extracting(Message::clientMessageId)
        .containsExactly("c-2");
  }

  @Test
  void anIdOfAnotherRecipientOrAMadeUpOneAcknowledgesNothing() throws Exception {
    Message stored = store("c-1");
    Optional<MessageStore.Settled> elsewhere =
        write(batch -> messages.acknowledge(batch, RECIPIENT + 1, stored.messageId()));
    assertThat(elsewhere).isEmpty();
    String forged = stored.messageId().substring(0, stored.messageId().length() - 1) + "Q";
    assertThat(acknowledge(forged.equals(stored.messageId()) ? forged + "x" : forged)).isEmpty();
    assertThat(acknowledge("m-7f3a9c")).isEmpty();
    assertThat(messages.pendingCount(RECIPIENT)).isEqualTo(1);
  }

  @Test
  void aFailedJobGivesItsSeqBack() throws Exception {
    store("c-1");
    Exception failure = null;
    try {
      write(
          batch -> {
            store(batch, "c-2");
            throw new IllegalStateException("the job fails");
          });
    } catch (IllegalStateException e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    assertThat(messages.lastSeq(RECIPIENT)).isEqualTo(1);
    assertThat(messages.pendingCount(RECIPIENT)).isEqualTo(1);
    assertThat(messages.pendingAfter(RECIPIENT, 0, 10)).hasSize(1);
    assertThat(store("c-3").seq()).isEqualTo(2);
  }

  @Test
  void aReopenedLogReadsItsEntriesAndCountsBack() throws Exception {
    store("c-1");
    Message second = store("c-2");
    acknowledge(second.messageId());
    write(
        batch -> {
          messages.recordSend(
              batch, SENDER, "c-1", new MessageStore.Accepted("2026-11-24T09:00:00Z", List.of()));
          return null;
        });
    log.close();

    log = MessageLog.open(dataDir, executor, 16);
    MessageStore reopened = new MessageStore(log.commits());
    assertThat(reopened.lastSeq(RECIPIENT)).isEqualTo(2);
    assertThat(reopened.pendingCount(RECIPIENT)).isEqualTo(1);
    assertThat(reopened.findSend(SENDER, "c-1")).isPresent();
    assertThat(reopened.findSend(SENDER, "c-2")).isEmpty();
  }

  @Test
  void receiptsWaitUntilAcknowledgedAndArePagedInOrder() throws Exception {
    for (String id : List.of("m1-1-a", "m1-2-b", "m1-3-c")) {
      write(
          batch -> {
            messages.storeReceipt(
                batch, SENDER, new Delivered(id, "c-" + id, "235683-MP-1", "2026-11-24T09:00Z"));
            return null;
          });
    }
    assertThat(messages.receipts(SENDER, "", 2))
        .extracting(MessageStoreTest::messageId)
        .containsExactly("m1-1-a", "m1-2-b");
    assertThat(messages.receipts(SENDER, "m1-2-b", 2))
        .extracting(MessageStoreTest::messageId)
        .containsExactly("m1-3-c");

    boolean first = write(batch -> messages.dropReceipt(batch, SENDER, "m1-2-b"));
    boolean again = write(batch -> messages.dropReceipt(batch, SENDER, "m1-2-b"));
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(messages.receipts(SENDER, "", 10))
        .extracting(MessageStoreTest::messageId)
        .containsExactly("m1-1-a", "m1-3-c");
    assertThat(messages.receipts(SENDER + 1, "", 10)).isEmpty();
  }

  @Test
  void discardingForARemovedDeviceTakesAllItHadAndClearsItsCounts() throws Exception {
    Message waiting = store("c-1");
    write(
        batch -> {
          messages.storeReceipt(
              batch, RECIPIENT, new Delivered("m5-1-x", "c-x", "235683-PC-1", "2026-11-24T09:00Z"));
          return null;
        });
    List<MessageStore.Settled> discarded = write(batch -> messages.discardFor(batch, RECIPIENT));

    assertThat(discarded)
        .extracting(MessageStore.Settled::messageId, MessageStore.Settled::recipient)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(waiting.messageId(), "235683-MP-1"));
    assertThat(messages.pendingCount(RECIPIENT)).isZero();
    assertThat(messages.lastSeq(RECIPIENT)).isZero();
    assertThat(messages.receipts(RECIPIENT, "", 10)).isEmpty();
    assertThat(messages.pendingAfter(RECIPIENT, 0, 10)).isEmpty();
  }

  private static String messageId(Frame receipt) {
    return ((Delivered) receipt).messageId();
  }
}
