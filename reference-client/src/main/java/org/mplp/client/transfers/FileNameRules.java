package org.mplp.client.transfers;

import java.util.Locale;
import java.util.regex.Pattern;

/** The spec's file name rules (Transfers, File names), checked before anything is written. */
public final class FileNameRules {
  private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\x00-\\x1F\\x7F]");
  private static final Pattern RESERVED =
      Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
  static final int MAX_PATH_SEGMENTS = 16;

  private FileNameRules() {}

  /** Whether one path segment may be used as a file or directory name. */
  public static boolean validSegment(String segment) {
    return segment != null
        && !segment.isEmpty()
        && segment.length() <= 255
        && !segment.equals(".")
        && !segment.equals("..")
        && !FORBIDDEN.matcher(segment).find()
        && !segment.endsWith(".")
        && !segment.endsWith(" ")
        && !RESERVED.matcher(segment.toUpperCase(Locale.ROOT)).matches();
  }

  /** Whether a folder-relative path (segments joined by '/') passes; null means no path. */
  public static boolean validPath(String path) {
    if (path == null) {
      return true;
    }
    String[] segments = path.split("/", -1);
    if (segments.length > MAX_PATH_SEGMENTS) {
      return false;
    }
    for (String segment : segments) {
      if (!validSegment(segment)) {
        return false;
      }
    }
    return true;
  }
}
