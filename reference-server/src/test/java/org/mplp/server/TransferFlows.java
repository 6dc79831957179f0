package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.OfferedFile;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Transfer;

/** What the transfer flow tests send and read, over real sockets. */
final class TransferFlows {

  static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static final AtomicInteger IDS = new AtomicInteger();

  private TransferFlows() {}

  static String newId() {
    return "x" + IDS.incrementAndGet();
  }

  static OfferedFile file(String name, long size) {
    return new OfferedFile(name, null, size, EMPTY_SHA256, "application/octet-stream");
  }

  /** The next frame that is not a device event. */
  static Frame next(LiveServer.Device device) throws Exception {
    Frame frame = device.ws().next();
    while (frame instanceof DeviceEvent) {
      frame = device.ws().next();
    }
    return frame;
  }

  static <T extends Frame> T next(LiveServer.Device device, Class<T> type) throws Exception {
    Frame frame = next(device);
    assertThat(frame).as("the next frame to %s", device.address()).isInstanceOf(type);
    return type.cast(frame);
  }

  /** Sends a frame and returns the next frame that is not a device event. */
  static Frame ask(LiveServer.Device device, Frame frame) throws Exception {
    device.ws().send(device.ws().encode(frame));
    return next(device);
  }

  static Frame offer(
      LiveServer.Device from,
      String to,
      Permission permission,
      Integer expiresIn,
      OfferedFile... files)
      throws Exception {
    return ask(from, new Offer(newId(), to, permission, expiresIn, List.of(files)));
  }

  static Transfer transfer(Frame frame) {
    assertThat(frame).as("a transfer frame").isInstanceOf(Transfer.class);
    return (Transfer) frame;
  }
}
