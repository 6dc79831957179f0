package org.mplp.client.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} of every subcommand: its usage, and nothing else done. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help; nothing else is done")
  boolean help;
}
