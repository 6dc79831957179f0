package org.mplp.bench.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An application class-data archive (AppCDS) of the server JVM: the classes a start loads, parsed
 * and verified once and mapped by every later start, which is most of a cold start's time. A start
 * with {@link #writing} writes it when that JVM exits normally (never after SIGKILL); a start with
 * {@link #reading} uses it, and the JVM falls back to loading classes itself when the archive does
 * not match the class path.
 */
public record ClassDataArchive(Path file) {

  /** The JVM options of a start that writes the archive at its normal exit. */
  public List<String> writing(List<String> jvmOptions) {
    return with(jvmOptions, "-XX:ArchiveClassesAtExit=" + file);
  }

  /** The JVM options of a start that maps the archive. */
  public List<String> reading(List<String> jvmOptions) {
    return with(jvmOptions, "-XX:SharedArchiveFile=" + file);
  }

  private static List<String> with(List<String> jvmOptions, String option) {
    List<String> options = new ArrayList<>(jvmOptions);
    // The JVM's notes on classes it leaves out of the archive would mix with the server's output.
    options.add("-Xlog:cds*=off");
    options.add(option);
    return options;
  }
}
