package org.mplp.spec.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds uppercase RFC 2119 keywords in AsciiDoc source, ignoring backtick code spans. */
final class Rfc2119Keywords {

  // Longest alternatives first, so "MUST NOT" is not read as "MUST". Hyphens count as part of a
  // word so that an id such as REQ-MAY-001 is not a keyword.
  private static final Pattern KEYWORD =
      Pattern.compile(
          "(?<![\\w-])(MUST\\s+NOT|SHALL\\s+NOT|SHOULD\\s+NOT|NOT\\s+RECOMMENDED|MUST|SHALL|SHOULD"
              + "|REQUIRED|RECOMMENDED|MAY|OPTIONAL)(?![\\w-])");
  private static final Pattern UNCONSTRAINED_CODE = Pattern.compile("``.*?``", Pattern.DOTALL);
  private static final Pattern CONSTRAINED_CODE = Pattern.compile("`[^`]*`");

  private Rfc2119Keywords() {}

  /** Every keyword in the text, in order, with inner whitespace normalised ("MUST NOT"). */
  static List<String> in(String source) {
    if (source == null || source.isEmpty()) {
      return List.of();
    }
    String prose = withoutCodeSpans(source);
    List<String> found = new ArrayList<>();
    Matcher matcher = KEYWORD.matcher(prose);
    while (matcher.find()) {
      found.add(matcher.group(1).replaceAll("\\s+", " "));
    }
    return found;
  }

  static String withoutCodeSpans(String source) {
    String text = UNCONSTRAINED_CODE.matcher(source).replaceAll(" ");
    return CONSTRAINED_CODE.matcher(text).replaceAll(" ");
  }
}
