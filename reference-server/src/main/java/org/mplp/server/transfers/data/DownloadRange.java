package org.mplp.server.transfers.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a GET asks for, given the file's size (RFC 9110 section 14): the whole file, one range of
 * it, or a range that starts past its end (416). A Range header this server does not serve (several
 * ranges, bad syntax) is ignored, as RFC 9110 allows, and the whole file is sent.
 */
sealed interface DownloadRange {

  /** Bytes {@code first} to {@code end} (exclusive); {@code partial} when the answer is a 206. */
  record Bytes(long first, long end, boolean partial) implements DownloadRange {}

  /** The range starts at or beyond the end of a non-empty file. */
  record Unsatisfiable() implements DownloadRange {}

  Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  static DownloadRange of(String header, long size) {
    Bytes whole = new Bytes(0, size, false);
    if (header == null || size == 0) {
      return whole;
    }
    Matcher matcher = RANGE.matcher(header.strip());
    if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
      return whole;
    }
    if (matcher.group(1).isEmpty()) {
      // bytes=-N: the last N bytes.
      long suffix = Long.parseLong(matcher.group(2));
      return suffix == 0 ? new Unsatisfiable() : new Bytes(Math.max(0, size - suffix), size, true);
    }
    long first = Long.parseLong(matcher.group(1));
    long last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(matcher.group(2));
    if (last < first) {
      return whole;
    }
    if (first >= size) {
      return new Unsatisfiable();
    }
    return new Bytes(first, Math.min(last, size - 1) + 1, true);
  }
}
