package org.mplp.conformance.steps;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device as scenarios name it: "a PC", "the second PC", "a phone of account B", "a device of type
 * XCAR". The name stays the same however it is introduced; the terminal type follows from it.
 */
record DeviceName(String base, String account, String type) {
  /** One device phrase, article included; "first" is the same device as no ordinal word. */
  static final String PHRASE =
      "(?:an?|the) (?:(?:first|second|third|fourth) )?"
          + "(?:PC|phone|TV|web browser|tablet|device of type X[A-Z0-9]{1,7})"
          + "(?: of account [A-Z])?";

  private static final Pattern PARTS =
      Pattern.compile(
          "(?:an?|the) (?:first )?(.+?)(?: of account ([A-Z]))?", Pattern.CASE_INSENSITIVE);

  private static final Map<String, String> TYPES =
      Map.of("PC", "PC", "phone", "MP", "TV", "TV", "web browser", "WEB", "tablet", "PAD");

  /** The device a phrase names; {@code defaultAccount} when the phrase names no account. */
  static DeviceName parse(String phrase, String defaultAccount) {
    Matcher m = PARTS.matcher(phrase.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a device: " + phrase);
    }
    String base = m.group(1);
    String account = m.group(2) != null ? m.group(2) : defaultAccount;
    return new DeviceName(base, account, typeOf(base));
  }

  private static String typeOf(String base) {
    String kind = base.replaceFirst("^(second|third|fourth) ", "");
    if (kind.startsWith("device of type ")) {
      return kind.substring("device of type ".length());
    }
    String type = TYPES.get(kind);
    if (type == null) {
      throw new IllegalArgumentException("no terminal type for " + base);
    }
    return type;
  }

  /** "PC", "second PC", "PC of account B": unique within a scenario. */
  String key() {
    return account.equals("A") ? base : base + " of account " + account;
  }

  /** "the PC", for assertion messages. */
  String the() {
    return "the " + key();
  }

  /** A short connection name for transcripts. */
  String connectionName() {
    return key().replace("device of type ", "").replace(" of account ", "/");
  }

  /** A prefix for the device's frame ids: "pc1", "second-pc1", "mp-b1". */
  String idPrefix() {
    String words = base.replace("device of type ", "").replace("web browser", "web");
    String prefix = words.toLowerCase(Locale.ROOT).replace(' ', '-');
    return (account.equals("A") ? prefix : prefix + "-" + account.toLowerCase(Locale.ROOT)) + "-";
  }
}
