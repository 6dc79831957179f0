package org.mplp.client.messages;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sends the server has not accepted yet, in the order they were given. Only the oldest goes on
 * the wire, and the next only once the server has answered it: the server stores a device's
 * messages in the order they arrive, so a send refused with a code that asks for it again (a
 * discarded frame, a passing failure) must be sent again before any later one goes, or the
 * recipient would read them out of order. Used from the client's event thread only.
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

  /**
   * The send to put on the wire now: the oldest, unless it is on the wire already or waits to be
   * sent again; empty then, and when nothing waits.
   */
  public Optional<PendingSend> next() {
    return pending.values().stream().findFirst().filter(PendingSend::ready);
  }

  public List<PendingSend> all() {
    return new ArrayList<>(pending.values());
  }

  public boolean isEmpty() {
    return pending.isEmpty();
  }
}
