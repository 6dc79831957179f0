package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.mplp.server.store.ScramKeys;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.Undeliverable;

/**
 * A device's removal commits in SQLite first and discards its messages in the log after: a server
 * stopped in between finds, at its next start, the messages of a device that is gone, discards them
 * and tells their senders (REQ-MSG-019), so the device is never left registered without them.
 */
class RemovalCrashTest {

  @TempDir Path dataDir;

  @Test
  void messagesOfADeviceRemovedJustBeforeACrashAreDiscardedAtTheNextStart() throws Exception {
    StoredDevice pc;
    StoredDevice phone;
    String messageId;
    try (TestServices first = TestServices.callerRuns(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      first.createAccount("235683", "secret");
      DeviceStore devices = new DeviceStore(first.database());
      pc = devices.register(device("PC"), 16).orElseThrow();
      phone = devices.register(device("MP"), 16).orElseThrow();
      Session session = session(new ArrayList<>());
      first.services().registry().bind(session, pc.address(), pc.id());
      AtomicReference<Outcome<MessageAccepted>> accepted = new AtomicReference<>();
      first
          .services()
          .messages()
          .send(
              session,
              new Send("s1", "c-1", phone.address().toString(), null, "text/plain", "hi"),
              accepted::set);
      messageId = accepted.get().value().recipients().get(0).messageId();
      // The removal's commit, and then the crash: the log never heard of it.
      assertThat(devices.remove(phone.address())).isPresent();
    }

    try (TestServices second = TestServices.callerRuns(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      MessageService messages = second.services().messages();
      assertThat(messages.reconcile()).as("devices whose messages were discarded").isEqualTo(1);
      assertThat(messages.reconcile()).as("nothing is left to discard").isZero();

      List<Frame> pushed = new ArrayList<>();
      Session session = session(pushed);
      second.services().registry().bind(session, pc.address(), pc.id());
      AtomicReference<Outcome<MessageService.Backlog>> backlog = new AtomicReference<>();
      messages.fetch(session, 0, 64, "", backlog::set);
      assertThat(backlog.get().value().receipts())
          .containsExactly(
              new Undeliverable(
                  messageId, "c-1", phone.address().toString(), Undeliverable.DEVICE_REMOVED));
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

  private static Session session(List<Frame> pushed) {
    return TestSessions.recording(pushed);
  }
}
