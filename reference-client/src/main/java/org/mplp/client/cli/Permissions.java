package org.mplp.client.cli;

import org.mplp.spec.model.Permission;

/** Reads a receive permission from the command line. */
final class Permissions {
  private Permissions() {}

  /** The permission named, or null when none was given. */
  static Permission parse(String word, String option) throws UsageException {
    if (word == null) {
      return null;
    }
    try {
      return Permission.forWireName(word);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " is direct, ask or reject, not " + word);
    }
  }
}
