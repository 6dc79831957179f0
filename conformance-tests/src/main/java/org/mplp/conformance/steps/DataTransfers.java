package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.mplp.conformance.driver.DataChannel;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/**
 * The accepted transfers of one scenario and what moved on their data channel: the files' bytes and
 * tokens, the last HTTP answer, downloads and uploads in progress, and the control frames the
 * devices were sent while the kit waited for others.
 */
public final class DataTransfers {

  /** One accepted file of a transfer: its bytes, where it lives and the two parties' tokens. */
  record Accepted(
      String transferId,
      Device sender,
      Device recipient,
      byte[] content,
      String sha256,
      String uploadToken,
      String downloadToken) {
    String path() {
      return DataChannel.path(transferId, 0);
    }
  }

  private final World world;
  private final Map<String, Accepted> transfers = new LinkedHashMap<>();
  private final Map<Client, List<ReceivedFrame>> unread = new IdentityHashMap<>();
  private DataChannel channel;
  DataChannel.Answer answer;
  DataChannel.Streamed download;
  DataChannel.RawUpload upload;
  byte[] received = new byte[0];

  public DataTransfers(World world) {
    this.world = world;
  }

  DataChannel channel() {
    if (channel == null) {
      channel = new DataChannel(world.run().httpBase(), world.run().timeout(), world.transcript());
    }
    return channel;
  }

  void add(String name, Accepted transfer) {
    transfers.put(name, transfer);
  }

  /** The transfer a step names; "" is the scenario's only (or first) one. */
  Accepted get(String name) {
    Accepted transfer =
        name.isEmpty() ? transfers.values().stream().findFirst().orElse(null) : transfers.get(name);
    if (transfer == null) {
      throw new IllegalStateException(
          "The scenario names transfer '" + name + "' before it exists");
    }
    return transfer;
  }

  /** The last HTTP answer; a step that checks one before any request is a scenario bug. */
  DataChannel.Answer answer() {
    if (answer == null) {
      throw new IllegalStateException("The scenario checks an answer before a data request");
    }
    return answer;
  }

  /**
   * The first frame to {@code client} that matches, from those it was sent while the kit waited for
   * others, or the next ones within the run's timeout; null when none came.
   */
  ReceivedFrame await(Client client, Predicate<ReceivedFrame> matching) {
    List<ReceivedFrame> earlier = unread.computeIfAbsent(client, c -> new ArrayList<>());
    for (ReceivedFrame frame : earlier) {
      if (matching.test(frame)) {
        earlier.remove(frame);
        return frame;
      }
    }
    long deadline = System.nanoTime() + client.timeout().toNanos();
    while (System.nanoTime() < deadline) {
      WireEvent event =
          client.next(
              java.time.Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
      if (!(event instanceof WireEvent.Frame f)) {
        return null;
      }
      Receive.valid(f.frame());
      if (matching.test(f.frame())) {
        return f.frame();
      }
      earlier.add(f.frame());
    }
    return null;
  }
}
