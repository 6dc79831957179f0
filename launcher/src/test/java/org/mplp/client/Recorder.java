package org.mplp.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Undeliverable;

/** A listener that keeps everything it is told, for tests to look at. */
final class Recorder implements ClientListener {
  final List<Message> messages = new CopyOnWriteArrayList<>();
  final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
  final List<Delivered> delivered = new CopyOnWriteArrayList<>();
  final List<Undeliverable> undeliverable = new CopyOnWriteArrayList<>();
  final List<ErrorFrame> errors = new CopyOnWriteArrayList<>();
  final List<String> disconnects = new CopyOnWriteArrayList<>();
  final List<Device> reconnects = new CopyOnWriteArrayList<>();

  @Override
  public void onMessage(Message message) {
    messages.add(message);
  }

  @Override
  public void onDeviceEvent(DeviceEvent event) {
    events.add(event);
  }

  @Override
  public void onDelivered(Delivered d) {
    delivered.add(d);
  }

  @Override
  public void onUndeliverable(Undeliverable u) {
    undeliverable.add(u);
  }

  @Override
  public void onServerError(ErrorFrame error) {
    errors.add(error);
  }

  @Override
  public void onDisconnected(String reason, boolean reconnecting) {
    disconnects.add(reason + (reconnecting ? " (reconnecting)" : ""));
  }

  @Override
  public void onReconnected(Device self) {
    reconnects.add(self);
  }

  List<String> bodies() {
    return messages.stream().map(Message::body).toList();
  }
}
