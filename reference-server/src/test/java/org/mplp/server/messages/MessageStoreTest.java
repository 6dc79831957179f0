package org.mplp.server.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.NewDevice;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.login.AccountStore;
import org.mplp.server.store.Database;
import org.mplp.server.store.ScramKeys;
import org.mplp.spec.model.Message;

/** Seq and pending counts kept in memory agree with the tables, across commits and rollbacks. */
class MessageStoreTest {

  @TempDir Path dataDir;
  private Database database;
  private MessageStore messages;
  private StoredDevice sender;
  private StoredDevice recipient;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(dataDir);
    new AccountStore(database).create("235683", keys());
    DeviceStore devices = new DeviceStore(database);
    sender = register(devices, "PC");
    recipient = register(devices, "MP");
    messages = new MessageStore(database);
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static StoredDevice register(DeviceStore devices, String type) throws Exception {
    return devices
        .register(
            new NewDevice(
                "235683",
                type,
                type + " label",
                "cli",
                "1.0",
                "2026-11-24T09:00:00Z",
                "192.0.2.1",
                new ScramKeys(new byte[] {1, 2}, 4096, new byte[] {3}, new byte[] {4})),
            16)
        .orElseThrow();
  }

  private Message store(String messageId) throws Exception {
    return database.inTransaction(
        connection ->
            messages.insert(
                sender.id(),
                recipient,
                messageId,
                new Message(
                    null,
                    "c-" + messageId,
                    sender.address().toString(),
                    null,
                    0,
                    "2026-11-24T09:00:00Z",
                    "text/plain",
                    "hello")));
  }

  private Optional<MessageStore.Settled> acknowledge(String messageId) throws Exception {
    return database.inTransaction(c -> messages.acknowledge(recipient.id(), messageId));
  }

  @Test
  void seqsFollowEachOtherAndAcknowledgementsLowerThePendingCount() throws Exception {
    assertThat(store("m-1").seq()).isEqualTo(1);
    assertThat(store("m-2").seq()).isEqualTo(2);
    assertThat(messages.pendingCount(recipient.id())).isEqualTo(2);

    assertThat(acknowledge("m-1")).isPresent();
    assertThat(acknowledge("m-1")).as("a second acknowledgement finds nothing pending").isEmpty();
    assertThat(messages.pendingCount(recipient.id())).isEqualTo(1);
    assertThat(messages.lastSeq(recipient.id())).isEqualTo(2);
  }

  @Test
  void aRolledBackInsertGivesItsSeqBack() throws Exception {
    store("m-1");
    assertThatThrownBy(
            () ->
                database.inTransaction(
                    connection -> {
                      messages.insert(
                          sender.id(),
                          recipient,
                          "m-2",
                          new Message(
                              null, "c-2", "x", null, 0, "2026-11-24T09:00:00Z", "text/plain", ""));
                      throw new IllegalStateException("the group fails");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(messages.lastSeq(recipient.id())).isEqualTo(1);
    assertThat(messages.pendingCount(recipient.id())).isEqualTo(1);
    assertThat(store("m-3").seq()).isEqualTo(2);
  }

  @Test
  void aNewStoreOnTheSameTablesReadsTheCountsBack() throws Exception {
    store("m-1");
    store("m-2");
    acknowledge("m-2");

    MessageStore reopened = new MessageStore(database);
    assertThat(reopened.lastSeq(recipient.id())).isEqualTo(2);
    assertThat(reopened.pendingCount(recipient.id())).isEqualTo(1);
  }

  @Test
  void discardingForARemovedDeviceClearsItsCounts() throws Exception {
    store("m-1");
    messages.discardFor(recipient.id(), recipient.address().toString(), id -> false);

    assertThat(messages.pendingCount(recipient.id())).isZero();
    assertThat(messages.lastSeq(recipient.id())).isZero();
  }

  /** Keys of no secret: the stores only keep them. */
  private static ScramKeys keys() {
    return new ScramKeys(new byte[16], 4096, new byte[32], new byte[32]);
  }
}
