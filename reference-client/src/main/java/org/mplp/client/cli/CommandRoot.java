package org.mplp.client.cli;

/** The parent of the device commands: {@code ./mplp client} itself, or the interactive client. */
interface CommandRoot {
  /** Where the command runs: its own connection, or the session of the interactive client. */
  DeviceSession session();
}
