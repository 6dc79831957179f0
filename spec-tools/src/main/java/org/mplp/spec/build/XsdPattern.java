package org.mplp.spec.build;

/**
 * Translates a JSON Schema pattern (ECMA-262, anchored with ^ and $) to an XSD pattern (always
 * anchored, no ^ or $). Constructs XSD lacks fail the build rather than change meaning.
 */
final class XsdPattern {

  private XsdPattern() {}

  static String of(String where, String ecma) {
    if (!ecma.startsWith("^") || !ecma.endsWith("$") || ecma.endsWith("\\$")) {
      throw new IllegalArgumentException(
          where + ": pattern " + ecma + " must be anchored with ^ and $, as XSD patterns are");
    }
    String body = ecma.substring(1, ecma.length() - 1);
    StringBuilder xsd = new StringBuilder();
    boolean inClass = false;
    boolean afterQuantifier = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean quantifier = false;
      if (c == '\\') {
        if (i + 1 >= body.length()) {
          throw fault(where, ecma, "a trailing backslash");
        }
        i = escape(where, ecma, body, i + 1, inClass, xsd);
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
          xsd.append(c);
        } else if (c == '-' && (body.charAt(i - 1) == '[' || body.charAt(i + 1) == ']')) {
          xsd.append("\\-"); // a literal hyphen at either end of a class; XSD wants it escaped
        } else if (c == '[') {
          throw fault(where, ecma, "a [ inside a character class");
        } else {
          xsd.append(c);
        }
      } else if (afterQuantifier && c == '?') {
        continue; // a lazy quantifier: a match of the whole value is the same either way
      } else if (afterQuantifier && c == '+') {
        throw fault(where, ecma, "a possessive quantifier");
      } else if (c == '[') {
        inClass = true;
        xsd.append(c);
        if (i + 1 < body.length() && body.charAt(i + 1) == '^') {
          xsd.append('^');
          i++;
        }
      } else if (c == '^' || c == '$') {
        throw fault(where, ecma, "an anchor inside the pattern");
      } else if (c == '(' && body.startsWith("(?", i)) {
        if (!body.startsWith("(?:", i)) {
          throw fault(where, ecma, "a look-around or named group");
        }
        xsd.append('('); // XSD groups do not capture anyway
        i += 2;
      } else {
        quantifier = c == '*' || c == '+' || c == '?' || c == '}';
        xsd.append(c);
      }
      afterQuantifier = quantifier;
    }
    if (inClass) {
      throw fault(where, ecma, "an unclosed character class");
    }
    return xsd.toString();
  }

  /**
   * Appends the translation of the escape whose letter is at {@code at}; returns its last index.
   */
  private static int escape(
      String where, String ecma, String body, int at, boolean inClass, StringBuilder xsd) {
    char e = body.charAt(at);
    switch (e) {
      case 'd' -> xsd.append(inClass ? "0-9" : "[0-9]"); // XSD's \d is every Unicode digit
      case 'w' -> xsd.append(inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]");
      case 'n', 'r', 't', '\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '-', '[', ']', '^' ->
          xsd.append('\\').append(e);
      case '/', '$' -> xsd.append(e);
      case 'u' -> {
        if (at + 4 >= body.length()) {
          throw fault(where, ecma, "a short \\u escape");
        }
        char literal = (char) Integer.parseInt(body.substring(at + 1, at + 5), 16);
        if ("\\|.?*+(){}-[]^".indexOf(literal) >= 0) {
          xsd.append('\\');
        }
        xsd.append(literal);
        return at + 4;
      }
      default -> throw fault(where, ecma, "the escape \\" + e);
    }
    return at;
  }

  private static IllegalArgumentException fault(String where, String ecma, String what) {
    return new IllegalArgumentException(
        where + ": pattern " + ecma + " has " + what + ", which the XSD cannot express");
  }
}
