package org.mplp.server.transfers.data;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of one transfer, as a data request names it: {@code /transfers/<transferId>/<index>}.
 */
record FileKey(String transferId, int index) {

  static final String PREFIX = "/transfers/";

  /** The transfer id's pattern is the schema's, so an id is always a safe file name. */
  private static final Pattern PATH =
      Pattern.compile("/transfers/([A-Za-z0-9_-]{1,64})/(0|[1-9][0-9]{0,8})");

  static boolean isDataPath(String path) {
    return path.startsWith(PREFIX);
  }

  /** The file a path names, or empty when the path names none. */
  static Optional<FileKey> parse(String path) {
    Matcher matcher = PATH.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new FileKey(matcher.group(1), Integer.parseInt(matcher.group(2))));
  }
}
