package org.mplp.client.cli;

/** What {@code ./mplp client} tells a script by its exit status. */
final class ExitCodes {
  static final int OK = 0;

  /** The server refused with an error frame; its code and text are printed. */
  static final int REFUSED = 1;

  /** Bad options or input, found before anything was sent. */
  static final int USAGE = 2;

  /** No connection: server down, wrong address, TLS failure, or the connection was lost. */
  static final int UNREACHABLE = 3;

  /** watch --count: the timeout came before that many messages did. */
  static final int TIMED_OUT = 4;

  private ExitCodes() {}
}
