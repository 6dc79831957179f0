package org.mplp.spec.build;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose duty a requirement is (spec: Conventions, Roles): a server's, checked by the kit against
 * servers, or a client's, checked by the kit in client mode through scenarios tagged
 * {@code @client}.
 */
enum Party {
  SERVER,
  CLIENT;

  static final String ATTRIBUTE = "party";
  static final String CLIENT_TAG = "@client";

  private static final Pattern FIRST_KEYWORD =
      Pattern.compile("(?<![\\w-])(MUST|SHOULD|MAY|SHALL|REQUIRED|RECOMMENDED|OPTIONAL)(?![\\w-])");
  private static final Pattern CLIENT_WORD = Pattern.compile("(?i)\\bclients?\\b");
  private static final Pattern SERVER_WORD = Pattern.compile("(?i)\\bservers?\\b");

  /** The name in the registry and in the {@code party} attribute. */
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The party a {@code party} attribute names, or empty for another value. */
  static Optional<Party> named(String value) {
    for (Party party : values()) {
      if (party.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  /**
   * The party a sentence names before its keyword: a client when its subject speaks of a client and
   * not of a server ("A receiving client MUST ..."), a server otherwise.
   */
  static Party ofSentence(String text) {
    String prose = Rfc2119Keywords.withoutCodeSpans(text);
    Matcher keyword = FIRST_KEYWORD.matcher(prose);
    String subject = keyword.find() ? prose.substring(0, keyword.start()) : prose;
    boolean client = CLIENT_WORD.matcher(subject).find();
    return client && !SERVER_WORD.matcher(subject).find() ? CLIENT : SERVER;
  }
}
