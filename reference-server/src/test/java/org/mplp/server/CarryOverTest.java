package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.NewDevice;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.messages.MessageService;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.store.Database;
import org.mplp.server.store.ScramKeys;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Ok;

/**
 * A data directory of a server before the message log: its waiting messages, last seqs and receipts
 * are carried into the log at start, keep their ids, and the old rows go.
 */
class CarryOverTest {

  @TempDir Path dataDir;

  @Test
  void oldRowsMoveIntoTheLogOnceAndTheirMessagesCanBeAcknowledged() throws Exception {
    try (TestServices services = TestServices.callerRuns(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      services.createAccount("235683", "secret");
      DeviceStore devices = new DeviceStore(services.database());
      StoredDevice pc = devices.register(device("PC"), 16).orElseThrow();
      StoredDevice phone = devices.register(device("MP"), 16).orElseThrow();
      Database db = services.database();
      execute(
          db,
          "INSERT INTO messages (message_id, sender_id, sender, recipient_id, recipient, seq,"
              + " client_message_id, media_type, body, sent_at, state) VALUES"
              + " ('m-0190aa5d7e3fLEGACYxx', ?, ?, ?, ?, 7, 'c-7', 'text/plain', 'old',"
              + " '2026-11-24T09:00:00Z', 'pending')",
          pc.id(),
          pc.address().toString(),
          phone.id(),
          phone.address().toString());
      execute(db, "INSERT INTO message_seqs (recipient_id, last_seq) VALUES (?, 7)", phone.id());
      execute(
          db,
          "INSERT INTO receipts (sender_id, kind, message_id, client_message_id, recipient,"
              + " detail) VALUES (?, 'delivered', 'm-old-receipt', 'c-1', ?,"
              + " '2026-11-24T09:01:00Z')",
          pc.id(),
          phone.address().toString());

      MessageService messages = services.services().messages();
      assertThat(messages.carryOver(db)).as("rows carried over").isEqualTo(3);
      assertThat(count(db, "messages") + count(db, "message_seqs") + count(db, "receipts"))
          .as("old rows left in mplp.db")
          .isZero();
      assertThat(messages.carryOver(db)).as("a second start carries nothing").isZero();

      Session phoneSession = TestSessions.recording(new ArrayList<>());
      services.services().registry().bind(phoneSession, phone.address(), phone.id());
      AtomicReference<Outcome<MessageService.Backlog>> backlog = new AtomicReference<>();
      messages.fetch(phoneSession, 0, 64, null, backlog::set);
      assertThat(backlog.get().value().messages())
          .extracting(Message::messageId, Message::seq, Message::body)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("m-0190aa5d7e3fLEGACYxx", 7L, "old"));
      assertThat(backlog.get().value().lastSeq()).isEqualTo(7);

      List<Frame> pcReceipts = new ArrayList<>();
      Session pcSession = TestSessions.recording(pcReceipts);
      services.services().registry().bind(pcSession, pc.address(), pc.id());
      AtomicReference<Outcome<Ok>> ok = new AtomicReference<>();
      messages.acknowledge(
          phoneSession, new MessageAck("a1", List.of("m-0190aa5d7e3fLEGACYxx")), ok::set);
      assertThat(ok.get().isRefused()).isFalse();
      assertThat(pcReceipts)
          .extracting(r -> ((Delivered) r).messageId())
          .containsExactly("m-0190aa5d7e3fLEGACYxx");

      messages.fetch(pcSession, 0, 64, "", backlog::set);
      assertThat(backlog.get().value().receipts())
          .extracting(r -> ((Delivered) r).messageId())
          .containsExactlyInAnyOrder("m-old-receipt", "m-0190aa5d7e3fLEGACYxx");
      messages.fetch(phoneSession, 0, 64, null, backlog::set);
      assertThat(backlog.get().value().messages()).isEmpty();
    }
  }

  private static void execute(Database db, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static int count(Database db, String table) throws Exception {
    try (PreparedStatement statement =
            db.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }

  private static NewDevice device(String type) {
    return new NewDevice(
        "235683",
        type,
        type + " label",
        "test",
        "1",
        "2026-11-24T09:00:00Z",
        "192.0.2.1",
        new ScramKeys(new byte[16], 4096, new byte[32], new byte[32]));
  }
}
