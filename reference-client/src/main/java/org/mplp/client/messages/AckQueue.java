package org.mplp.client.messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ids of shown messages waiting to be acknowledged. Messages that arrive together are acknowledged
 * together, up to the schema's 256 ids per message-ack, so a backlog delivered at login costs a few
 * frames of the rate limit instead of one per message. Used from the event thread only.
 */
public final class AckQueue {
  /** The most ids one message-ack may carry (message-ack.schema.json). */
  public static final int MAX_IDS = 256;

  private final Set<String> waiting = new LinkedHashSet<>();

  public void add(String messageId) {
    waiting.add(messageId);
  }

  public void addAll(List<String> messageIds) {
    waiting.addAll(messageIds);
  }

  public boolean isEmpty() {
    return waiting.isEmpty();
  }

  /** Takes every waiting id, in batches of at most {@link #MAX_IDS}. */
  public List<List<String>> drain() {
    List<List<String>> batches = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    for (String id : waiting) {
      batch.add(id);
      if (batch.size() == MAX_IDS) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    waiting.clear();
    return batches;
  }

  /** A lost connection: the server delivers what was not acknowledged again at the next login. */
  public void clear() {
    waiting.clear();
  }
}
