package org.mplp.server.transfers;

/**
 * The answer of the transfers to a data channel request (spec: REQ-DATA-002 to 004): go ahead with
 * a file of this size, forbidden (403), or gone (410).
 */
public sealed interface FileAccess {

  /**
   * The token opens this file in this direction; the file's announced size, and the group whose
   * spool holds its bytes for every transfer of the group, or null when the transfer has its own.
   */
  record Granted(long size, String group) implements FileAccess {
    public Granted(long size) {
      this(size, null);
    }
  }

  /** Not the token of this file, direction and device, or no such transfer: 403. */
  record Forbidden() implements FileAccess {}

  /** The right token of a transfer that ended or of a file whose result is reported: 410. */
  record Gone() implements FileAccess {}
}
