package org.mplp.server.messages;

import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Message ids that name where the message is stored: {@code m<recipient id>-<seq>-<random>}, ids
 * and seq in hex, then 8 random bytes (base64url, 11 characters). An acknowledgement finds its
 * message without an index; the random part keeps ids apart across a wiped data directory.
 */
final class MessageIds {

  private static final int RANDOM_CHARS = 11;

  private MessageIds() {}

  /** Where an id says its message is stored. */
  record Place(long recipientId, long seq) {}

  static String of(long recipientId, long seq, RandomGenerator random) {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return "m"
        + Long.toHexString(recipientId)
        + "-"
        + Long.toHexString(seq)
        + "-"
        + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The place an id names; empty for an id this server did not make in this form. */
  static Optional<Place> parse(String messageId) {
    int firstDash = messageId.indexOf('-');
    int secondDash = firstDash < 0 ? -1 : messageId.indexOf('-', firstDash + 1);
    if (!messageId.startsWith("m")
        || firstDash < 2
        || secondDash < firstDash + 2
        || messageId.length() - secondDash - 1 != RANDOM_CHARS) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Place(
              Long.parseUnsignedLong(messageId.substring(1, firstDash), 16),
              Long.parseUnsignedLong(messageId.substring(firstDash + 1, secondDash), 16)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
