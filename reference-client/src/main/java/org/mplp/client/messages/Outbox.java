package org.mplp.client.messages;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sends the server has not accepted yet, in the order they were given. Used from the client's
 * event thread only. A reconnect sends each again with its own clientMessageId.
 */
public final class Outbox {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, PendingSend> pending = new LinkedHashMap<>();

  /**
   * A new message with a random clientMessageId: the server remembers a device's ids for as long as
   * it stays registered, across runs of the client, so a counter would have to be kept on disk.
   */
  public PendingSend add(String to, String mediaType, String body) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String id = "m-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PendingSend send = new PendingSend(id, to, mediaType, body);
    pending.put(id, send);
    return send;
  }

  public void remove(PendingSend send) {
    pending.remove(send.clientMessageId());
  }

  /** Those not on the wire now, oldest first: what a new session sends again. */
  public List<PendingSend> waiting() {
    List<PendingSend> waiting = new ArrayList<>();
    pending.values().stream().filter(p -> !p.inFlight()).forEach(waiting::add);
    return waiting;
  }

  public List<PendingSend> all() {
    return new ArrayList<>(pending.values());
  }

  public boolean isEmpty() {
    return pending.isEmpty();
  }
}
