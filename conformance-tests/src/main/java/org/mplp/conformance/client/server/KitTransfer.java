package org.mplp.conformance.client.server;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A transfer between one of the kit's devices and the client, as the kit's server keeps it. */
public final class KitTransfer {
  final String id;
  final String from;
  volatile String to;
  final String permission;
  final List<KitFile> files;
  final Instant offeredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  volatile String state;
  volatile String reason;

  KitTransfer(
      String id, String from, String to, String permission, String state, List<KitFile> files) {
    this.id = id;
    this.from = from;
    this.to = to;
    this.permission = permission;
    this.state = state;
    this.files = List.copyOf(files);
  }

  public String id() {
    return id;
  }

  public List<KitFile> files() {
    return files;
  }

  public String state() {
    return state;
  }

  boolean open() {
    return state.equals("offered") || state.equals("accepted");
  }

  /** Every accepted file has a result: completed, or failed when one of them failed. */
  void settleIfDone() {
    boolean pending = files.stream().anyMatch(f -> f.state.equals("accepted"));
    if (state.equals("accepted") && !pending) {
      boolean failed = files.stream().anyMatch(f -> f.state.equals("failed"));
      state = failed ? "failed" : "completed";
      reason = failed ? "failed" : null;
    }
  }
}
