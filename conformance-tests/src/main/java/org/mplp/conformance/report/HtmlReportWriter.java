package org.mplp.conformance.report;

import static org.mplp.conformance.report.Markup.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** report.html: one self-contained page a person can read, with the transcript of every failure. */
final class HtmlReportWriter {
  private static final String STYLE =
      "body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}"
          + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
          + "padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}"
          + "pre{background:#f7f7f7;border:1px solid #ddd;padding:8px;overflow-x:auto;font-size:12px}"
          + ".failed{background:#f8d7da}.error{background:#fde2c4}.warning{background:#fff3cd}"
          + ".passed{background:#d4edda}.not-applicable,.not-verified,.untested{background:#eceff1}"
          + ".banner{font-size:20px;padding:8px 12px;display:inline-block}"
          + ".tags{color:#555;font-size:12px}";

  private HtmlReportWriter() {}

  static void write(RunReport report, Path file) throws IOException {
    Files.writeString(file, html(report), StandardCharsets.UTF_8);
  }

  static String html(RunReport report) {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head>");
    s.append("<meta charset=\"utf-8\"><title>MPLP conformance report</title>");
    s.append("<style>").append(STYLE).append("</style></head><body>\n");
    s.append("<h1>MPLP conformance report</h1>\n");
    String verdict = report.conformant() ? "passed" : "failed";
    s.append("<p class=\"banner ").append(verdict).append("\">");
    s.append(report.conformant() ? "Conformant" : "Not conformant").append("</p>\n");
    s.append("<p>Target <code>")
        .append(escape(report.target()))
        .append("</code>, discovery at <code>");
    s.append(escape(report.httpBase())).append("</code>; bindings ");
    s.append(escape(String.join(", ", report.bindings()))).append("; started ");
    s.append(escape(report.started().toString())).append(", took ");
    s.append(report.millis() / 1000.0).append(" s.</p>\n");
    summary(s, report);
    requirements(s, report);
    scenarios(s, report);
    failures(s, report);
    if (!report.notes().isEmpty()) {
      s.append("<h2>Notes</h2><ul>");
      report.notes().forEach(n -> s.append("<li>").append(escape(n)).append("</li>"));
      s.append("</ul>\n");
    }
    return s.append("</body></html>\n").toString();
  }

  private static void summary(StringBuilder s, RunReport report) {
    s.append("<h2>Summary</h2><table><tr><th>binding</th>");
    Map<Verdict, Integer> all = report.counts(null);
    all.keySet().forEach(v -> s.append("<th>").append(v.wireName()).append("</th>"));
    s.append("</tr>\n");
    for (String binding : report.resultBindings()) {
      row(s, binding, report.counts(binding));
    }
    row(s, "all", all);
    s.append("</table>\n");
  }

  private static void row(StringBuilder s, String label, Map<Verdict, Integer> counts) {
    s.append("<tr><td>").append(escape(label)).append("</td>");
    counts.values().forEach(n -> s.append("<td>").append(n).append("</td>"));
    s.append("</tr>\n");
  }

  private static void requirements(StringBuilder s, RunReport report) {
    s.append("<h2>Requirements</h2><table><tr><th>id</th><th>level</th><th>verdict</th>");
    s.append("<th>scenarios</th><th>section</th><th>requirement</th></tr>\n");
    for (RequirementResult r : report.requirements()) {
      s.append("<tr><td>").append(escape(r.requirement().id())).append("</td><td>");
      s.append(escape(r.requirement().level())).append("</td>");
      cell(s, r.verdict());
      s.append("<td>").append(r.scenarios()).append("</td><td>");
      s.append(escape(r.requirement().section())).append("</td><td>");
      s.append(Markup.sentence(r.requirement().text())).append("</td></tr>\n");
    }
    s.append("</table>\n");
  }

  private static void scenarios(StringBuilder s, RunReport report) {
    s.append("<h2>Scenarios</h2><table><tr><th>scenario</th><th>feature</th><th>binding</th>");
    s.append("<th>verdict</th><th>tags</th><th>note</th></tr>\n");
    List<ScenarioResult> all = report.scenarios();
    for (int i = 0; i < all.size(); i++) {
      ScenarioResult r = all.get(i);
      s.append("<tr><td>");
      if (detailed(r)) {
        s.append("<a href=\"#s").append(i).append("\">").append(escape(r.name())).append("</a>");
      } else {
        s.append(escape(r.name()));
      }
      s.append("</td><td>").append(escape(r.feature())).append("</td><td>");
      s.append(escape(r.binding())).append("</td>");
      cell(s, r.verdict());
      s.append("<td class=\"tags\">")
          .append(escape(String.join(" ", r.tags())))
          .append("</td><td>");
      s.append(escape(note(r))).append("</td></tr>\n");
    }
    s.append("</table>\n");
  }

  private static void failures(StringBuilder s, RunReport report) {
    s.append("<h2>Failures, errors and warnings</h2>\n");
    List<ScenarioResult> all = report.scenarios();
    boolean any = false;
    for (int i = 0; i < all.size(); i++) {
      ScenarioResult r = all.get(i);
      if (!detailed(r)) {
        continue;
      }
      any = true;
      s.append("<h3 id=\"s").append(i).append("\">").append(escape(r.name()));
      s.append(" [").append(escape(r.binding())).append("] &mdash; ");
      s.append(r.verdict().wireName()).append("</h3>\n<p><code>").append(escape(r.location()));
      s.append("</code> ").append(escape(note(r))).append("</p>\n<p>").append(escape(r.message()));
      s.append("</p>\n<pre>").append(escape(r.transcript())).append("</pre>\n");
    }
    if (!any) {
      s.append("<p>None.</p>\n");
    }
  }

  private static boolean detailed(ScenarioResult r) {
    return r.verdict() == Verdict.FAILED
        || r.verdict() == Verdict.ERROR
        || r.verdict() == Verdict.WARNING;
  }

  private static String note(ScenarioResult r) {
    if (r.expectedFailurePassed()) {
      return "listed as an expected failure (" + r.expectedFailure() + "), but passed";
    }
    if (r.expectedFailureSeen()) {
      return "expected failure: " + r.expectedFailure();
    }
    boolean unjudged = r.verdict() == Verdict.NOT_APPLICABLE || r.verdict() == Verdict.NOT_VERIFIED;
    return unjudged ? r.message() : "";
  }

  private static void cell(StringBuilder s, Verdict v) {
    s.append("<td class=\"")
        .append(v.wireName())
        .append("\">")
        .append(v.wireName())
        .append("</td>");
  }
}
