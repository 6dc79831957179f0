package org.mplp.conformance.client.steps;

import java.util.Locale;
import java.util.regex.Pattern;

/** The spec's file name rules (Transfers, File names), as the kit reads them, for one segment. */
final class FileNameRules {
  private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\x00-\\x1F\\x7F]");
  private static final Pattern RESERVED =
      Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

  private FileNameRules() {}

  static boolean allowed(String segment) {
    return !segment.isEmpty()
        && segment.length() <= 255
        && !segment.equals(".")
        && !segment.equals("..")
        && !FORBIDDEN.matcher(segment).find()
        && !segment.endsWith(".")
        && !segment.endsWith(" ")
        && !RESERVED.matcher(segment.toUpperCase(Locale.ROOT)).matches();
  }
}
