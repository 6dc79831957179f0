package org.mplp.spec.build;

/** Indented XML text, two spaces a level, written line by line; names and values are escaped. */
final class XmlText {

  private final StringBuilder text = new StringBuilder();
  private int depth;

  void line(String line) {
    text.append("  ".repeat(depth)).append(line).append('\n');
  }

  /** {@code <start>}, one level in. {@code start} is the name with its attributes. */
  void open(String start) {
    line("<" + start + ">");
    depth++;
  }

  void close(String name) {
    depth--;
    line("</" + name + ">");
  }

  void empty(String start) {
    line("<" + start + "/>");
  }

  void textElement(String name, String content) {
    line("<" + name + ">" + escape(content) + "</" + name + ">");
  }

  String text() {
    return text.toString();
  }

  /**
   * Escapes text for element content and for attribute values in double quotes. Characters an XML
   * parser would normalise away are written as references, so they survive.
   */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\r' -> out.append("&#xD;");
        case '\t' -> out.append("&#x9;");
        case '\n' -> out.append("&#xA;");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException(
                "character U+" + Integer.toHexString(c) + " cannot appear in XML 1.0");
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
