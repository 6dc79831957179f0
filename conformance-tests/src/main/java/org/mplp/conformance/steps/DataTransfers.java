package org.mplp.conformance.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.mplp.conformance.driver.DataChannel;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * The accepted transfers of one scenario and what moved on their data channel: the files' bytes and
 * tokens, the last HTTP answer, downloads and uploads in progress, and the control frames the
 * devices were sent.
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
      channel = new DataChannel(world.run().httpBase(), world.waits().atOnce(), world.transcript());
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
   * The first frame to {@code client} that matches, among those it was sent while the kit waited
   * for others or that come within the spec's "at once"; null when none came.
   */
  ReceivedFrame await(Client client, Predicate<ReceivedFrame> matching) {
    return client.inbox().take(matching, client.timeout()).orElse(null);
  }
}
