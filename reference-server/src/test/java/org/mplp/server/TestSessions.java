package org.mplp.server;

import java.util.List;
import org.mplp.server.session.Session;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Settings;

/** Sessions without a connection, for tests that call the services directly. */
final class TestSessions {

  private TestSessions() {}

  /** A session whose event loop is the caller and which keeps the receipts pushed to it. */
  static Session recording(List<Frame> receipts) {
    return new Session(
        Runnable::run,
        "192.0.2.1",
        new Session.Endpoint() {
          @Override
          public void onDeviceEvent(DeviceEvent event) {}

          @Override
          public void onReplaced() {}

          @Override
          public void onMessage(Message message) {}

          @Override
          public void onReceipt(Frame receipt) {
            receipts.add(receipt);
          }

          @Override
          public void onSettings(Settings settings) {}

          @Override
          public void onRevoked() {}

          @Override
          public void onAccountRemoved() {}

          @Override
          public void onTransfer(Frame frame) {}
        });
  }
}
