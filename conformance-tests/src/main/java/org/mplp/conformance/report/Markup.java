package org.mplp.conformance.report;

/** Escaping for the HTML and XML reports. */
final class Markup {
  private Markup() {}

  /** Escapes markup characters and drops characters XML 1.0 cannot carry. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                  if (c == '\t'
                      || c == '\n'
                      || c == '\r'
                      || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                    s.appendCodePoint(c);
                  }
                }
              }
            });
    return s.toString();
  }
}
