package org.mplp.conformance.runner;

import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.RunSettings;
import org.mplp.conformance.report.ScenarioResult;

/**
 * --rerun-failures N: each scenario that failed, erred or warned runs again, alone, up to N times.
 * One that then passes is flaky (both transcripts kept), never passed.
 */
final class Reruns {
  private Reruns() {}

  static List<ScenarioResult> apply(
      RunSettings settings, List<ScenarioResult> results, ConformanceRun.Options options) {
    int times = options.execution().rerunFailures();
    if (times < 1) {
      return results;
    }
    List<ScenarioResult> out = new ArrayList<>();
    for (ScenarioResult r : results) {
      ScenarioResult current = r;
      for (int i = 0; i < times && current.verdict().unsuccessful(); i++) {
        ScenarioResult again = ScenarioLauncher.rerun(settings, current, options.reportDir());
        if (again == null) {
          break;
        }
        current = current.rerun(again);
      }
      out.add(current);
    }
    return out;
  }
}
