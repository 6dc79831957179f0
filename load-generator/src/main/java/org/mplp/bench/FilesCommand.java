package org.mplp.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Transfers (issue 5) are not on main yet: the scenario says so instead of pretending. */
@Command(
    name = "files",
    mixinStandardHelpOptions = true,
    description = "Relay throughput of one 1 GiB transfer: not available until transfers land.")
final class FilesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println(
        "mplp bench files: not done. The reference server has no transfers yet (issue 5); the"
            + " scenario comes with them.");
    return 3;
  }
}
