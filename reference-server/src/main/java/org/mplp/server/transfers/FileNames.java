package org.mplp.server.transfers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file name rules of the spec (Transfers, File names; REQ-XFER-010): a name is one safe
 * segment, a path up to 16 of them joined by {@code /}. A name that passes is portable to every
 * common file system and never leaves the directory it is joined to.
 */
final class FileNames {

  static final int MAX_SEGMENT_LENGTH = 255;
  static final int MAX_PATH_SEGMENTS = 16;

  private static final String FORBIDDEN = "/\\:*?\"<>|";

  /** Windows device names, alone or before a dot: CON, PRN, AUX, NUL, COM0-9, LPT0-9. */
  private static final Pattern RESERVED =
      Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

  private static final Set<String> DOTS = Set.of(".", "..");

  private FileNames() {}

  /** Whether a file's name, and its path when not null, follow the rules. */
  public static boolean allowed(String name, String path) {
    return segmentAllowed(name) && (path == null || pathAllowed(path));
  }

  static boolean pathAllowed(String path) {
    // split with -1 keeps empty segments, so a leading, trailing or doubled / is caught.
    String[] segments = path.split("/", -1);
    if (segments.length > MAX_PATH_SEGMENTS) {
      return false;
    }
    for (String segment : segments) {
      if (!segmentAllowed(segment)) {
        return false;
      }
    }
    return true;
  }

  static boolean segmentAllowed(String segment) {
    if (segment.isEmpty()
        || segment.codePointCount(0, segment.length()) > MAX_SEGMENT_LENGTH
        || DOTS.contains(segment)
        || segment.endsWith(".")
        || segment.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c <= 0x1f || c == 0x7f || FORBIDDEN.indexOf(c) >= 0) {
        return false;
      }
    }
    return !RESERVED.matcher(segment.toUpperCase(Locale.ROOT)).matches();
  }
}
