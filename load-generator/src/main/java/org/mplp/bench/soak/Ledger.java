package org.mplp.bench.soak;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the soak's clients saw, across every kill: sends accepted, messages arrived and
 * acknowledged, receipts arrived and acknowledged. Only what the server confirmed counts as
 * promised: a message once message-accepted came, an acknowledgement once its ok came.
 */
final class Ledger {

  /** clientMessageId -> messageId, from message-accepted. */
  private final Map<String, String> accepted = new HashMap<>();

  /** clientMessageId -> every messageId it arrived under. */
  private final Map<String, Set<String>> arrived = new HashMap<>();

  private final Set<String> acknowledged = new HashSet<>();
  private final Set<String> receipts = new HashSet<>();
  private final Set<String> receiptsAcknowledged = new HashSet<>();
  private long acceptedDifferently;
  private long arrivedAfterAck;
  private long receiptsAfterAck;
  private long errors;

  synchronized void accepted(String clientMessageId, String messageId) {
    String before = accepted.putIfAbsent(clientMessageId, messageId);
    if (before != null && !before.equals(messageId)) {
      acceptedDifferently++;
    }
  }

  synchronized void arrived(String clientMessageId, String messageId) {
    if (acknowledged.contains(messageId)) {
      arrivedAfterAck++;
    }
    arrived.computeIfAbsent(clientMessageId, k -> new HashSet<>()).add(messageId);
  }

  synchronized void acknowledged(Iterable<String> messageIds) {
    messageIds.forEach(acknowledged::add);
  }

  synchronized void receipt(String messageId) {
    if (receiptsAcknowledged.contains(messageId)) {
      receiptsAfterAck++;
    }
    receipts.add(messageId);
  }

  synchronized void receiptsAcknowledged(Iterable<String> messageIds) {
    messageIds.forEach(receiptsAcknowledged::add);
  }

  synchronized void error() {
    errors++;
  }

  /** The counts now. */
  synchronized Counts counts() {
    long lost = 0;
    for (Map.Entry<String, String> entry : accepted.entrySet()) {
      Set<String> ids = arrived.get(entry.getKey());
      if (ids == null || !ids.contains(entry.getValue())) {
        lost++;
      }
    }
    long storedTwice = acceptedDifferently;
    for (Set<String> ids : arrived.values()) {
      storedTwice += ids.size() - 1;
    }
    long receiptsLost = 0;
    for (String messageId : acknowledged) {
      if (!receipts.contains(messageId)) {
        receiptsLost++;
      }
    }
    long unacknowledged = 0;
    for (Set<String> ids : arrived.values()) {
      for (String id : ids) {
        if (!acknowledged.contains(id)) {
          unacknowledged++;
        }
      }
    }
    long receiptsUnacknowledged = receipts.size() - receiptsAcknowledged.size();
    return new Counts(
        accepted.size(),
        lost,
        storedTwice + arrivedAfterAck,
        acknowledged.size(),
        receiptsLost,
        receiptsAfterAck,
        unacknowledged,
        receiptsUnacknowledged,
        errors);
  }

  /**
   * @param duplicated messages stored twice or delivered again after their acknowledgement's ok
   * @param receiptsDuplicated receipts sent again after their receipt-ack's ok
   */
  record Counts(
      long accepted,
      long lost,
      long duplicated,
      long acknowledged,
      long receiptsLost,
      long receiptsDuplicated,
      long unacknowledged,
      long receiptsUnacknowledged,
      long errors) {

    /** Everything promised arrived and everything arrived was acknowledged. */
    boolean settled() {
      return lost == 0 && receiptsLost == 0 && unacknowledged == 0 && receiptsUnacknowledged == 0;
    }
  }
}
