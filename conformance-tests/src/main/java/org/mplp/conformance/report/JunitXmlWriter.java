package org.mplp.conformance.report;

import static org.mplp.conformance.report.Markup.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * junit.xml for CI systems: one testsuite per binding, one testcase per scenario. A warning passes
 * (with the message on system-out), and so does a flaky scenario (failed, then passed when run
 * again); an expected failure, "not applicable" and "not verified" are skipped.
 */
final class JunitXmlWriter {
  private JunitXmlWriter() {}

  static void write(RunReport report, Path file) throws IOException {
    Files.writeString(file, xml(report), StandardCharsets.UTF_8);
  }

  static String xml(RunReport report) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.append("<testsuites name=\"mplp-conformance\">\n");
    for (String binding : report.resultBindings()) {
      List<ScenarioResult> cases =
          report.scenarios().stream().filter(r -> r.binding().equals(binding)).toList();
      suite(s, binding, cases);
    }
    return s.append("</testsuites>\n").toString();
  }

  private static void suite(StringBuilder s, String binding, List<ScenarioResult> cases) {
    long failures =
        cases.stream().filter(c -> c.verdict() == Verdict.FAILED && !c.expected()).count();
    long errors = cases.stream().filter(c -> c.verdict() == Verdict.ERROR).count();
    long skipped = cases.stream().filter(JunitXmlWriter::skipped).count();
    double seconds = cases.stream().mapToLong(ScenarioResult::millis).sum() / 1000.0;
    s.append(
        String.format(
            Locale.ROOT,
            "  <testsuite name=\"mplp-conformance.%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\""
                + " skipped=\"%d\" time=\"%.3f\">%n",
            escape(binding),
            cases.size(),
            failures,
            errors,
            skipped,
            seconds));
    cases.forEach(c -> testcase(s, c));
    s.append("  </testsuite>\n");
  }

  private static boolean skipped(ScenarioResult c) {
    return c.verdict() == Verdict.NOT_APPLICABLE
        || c.verdict() == Verdict.NOT_VERIFIED
        || c.expectedFailureSeen();
  }

  private static void testcase(StringBuilder s, ScenarioResult c) {
    s.append(
        String.format(
            Locale.ROOT,
            "    <testcase classname=\"%s [%s]\" name=\"%s\" time=\"%.3f\">",
            escape(c.feature()),
            escape(c.binding()),
            escape(c.name()),
            c.millis() / 1000.0));
    if (c.verdict() == Verdict.NOT_APPLICABLE || c.verdict() == Verdict.NOT_VERIFIED) {
      s.append("<skipped message=\"").append(escape(c.message())).append("\"/>");
    } else if (c.expectedFailureSeen()) {
      s.append("<skipped message=\"expected failure: ")
          .append(escape(c.expectedFailure().reason()))
          .append("\"/>");
    } else if (c.verdict() == Verdict.FAILED || c.verdict() == Verdict.ERROR) {
      String element = c.verdict() == Verdict.FAILED ? "failure" : "error";
      s.append("\n      <").append(element).append(" message=\"").append(escape(c.message()));
      s.append("\">").append(escape(c.transcript())).append("</").append(element).append(">\n    ");
    } else if (c.verdict() == Verdict.WARNING) {
      s.append("<system-out>warning: ").append(escape(c.message())).append("</system-out>");
    } else if (c.verdict() == Verdict.FLAKY) {
      s.append("<system-out>flaky: ").append(escape(c.message())).append("</system-out>");
    }
    if (c.expectedFailurePassed()) {
      s.append("<system-out>listed as an expected failure (")
          .append(escape(c.expectedFailure().reason()))
          .append(") but passed</system-out>");
    }
    s.append("</testcase>\n");
  }
}
