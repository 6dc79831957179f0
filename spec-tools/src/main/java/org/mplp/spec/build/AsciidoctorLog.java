package org.mplp.spec.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Collects what Asciidoctor logs while loading or rendering; every warning or error fails the
 * build, and so does an unresolved cross reference, which Asciidoctor logs only at INFO.
 */
final class AsciidoctorLog implements LogHandler {

  private final List<BuildFault> faults = new ArrayList<>();

  @Override
  public synchronized void log(LogRecord record) {
    if (fails(record)) {
      String where = SourcePlace.describe(record.getCursor());
      faults.add(
          new BuildFault(
              where, "asciidoctor " + record.getSeverity() + ": " + record.getMessage()));
    }
  }

  static boolean fails(LogRecord record) {
    Severity severity = record.getSeverity();
    if (severity == Severity.DEBUG) {
      return false;
    }
    return severity != Severity.INFO || record.getMessage().contains("invalid reference");
  }

  /** The faults logged since the last call, without repeats. */
  synchronized List<BuildFault> drain() {
    Set<BuildFault> distinct = new LinkedHashSet<>(faults);
    faults.clear();
    return List.copyOf(distinct);
  }
}
