package org.mplp.spec.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a title converted by Asciidoctor (inline HTML, entities) back into plain text. */
final class PlainText {

  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9A-Fa-f]+);");

  private PlainText() {}

  static String of(String html) {
    if (html == null) {
      return "";
    }
    String text = html.replaceAll("<[^>]+>", "");
    Matcher matcher = NUMERIC_ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (matcher.find()) {
      int codePoint = Integer.parseInt(matcher.group(2), matcher.group(1).isEmpty() ? 10 : 16);
      // Asciidoctor appends a zero-width space to ellipses; it has no place in plain text.
      String replacement = codePoint == 0x200B ? "" : Character.toString(codePoint);
      matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(decoded);
    return decoded
        .toString()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .strip();
  }

  /** Code spans as Asciidoctor converts them, removed before looking for keywords in a title. */
  static String withoutCode(String html) {
    return html == null ? "" : html.replaceAll("(?s)<code>.*?</code>", " ");
  }
}
