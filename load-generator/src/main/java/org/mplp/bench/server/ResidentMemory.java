package org.mplp.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set size of a process, from /proc (Linux); -1 where it cannot be read. */
public final class ResidentMemory {

  private ResidentMemory() {}

  public static long ofSelf() {
    return ofPid(ProcessHandle.current().pid());
  }

  /** Bytes. */
  public static long ofPid(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
