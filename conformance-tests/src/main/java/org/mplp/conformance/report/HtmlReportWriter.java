package org.mplp.conformance.report;

import static org.mplp.conformance.report.Markup.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained page. The verdict first, then what failed and why (grouped by
 * requirement, with the frames' differences and whole transcripts), then the summaries.
 */
final class HtmlReportWriter {
  private HtmlReportWriter() {}

  static void write(RunReport report, Path file) throws IOException {
    Files.writeString(file, html(report), StandardCharsets.UTF_8);
  }

  static String html(RunReport report) {
    StringBuilder s = HtmlPage.open("MPLP conformance report");
    s.append("<h1>MPLP conformance report</h1>\n");
    banner(s, report);
    meta(s, report);
    HtmlFailures.write(s, report);
    areas(s, report);
    List<String> verdicts = Arrays.stream(Verdict.values()).map(Verdict::wireName).toList();
    s.append("<h2 id=\"details\">Requirements and scenarios</h2>\n");
    HtmlPage.filter(s, verdicts, report.areas());
    requirements(s, report);
    scenarios(s, report);
    if (!report.notes().isEmpty()) {
      s.append("<h2>Notes</h2><ul>");
      report.notes().forEach(n -> s.append("<li>").append(escape(n)).append("</li>"));
      s.append("</ul>\n");
    }
    return HtmlPage.close(s);
  }

  private static void banner(StringBuilder s, RunReport report) {
    long detailed = report.scenarios().stream().filter(ScenarioResult::detailed).count();
    String css = report.conformant() ? (detailed == 0 ? "passed" : "warning") : "failed";
    s.append("<p class=\"banner ").append(css).append("\" id=\"verdict\">");
    s.append(escape(report.headline()));
    if (detailed > 0) {
      s.append("<a href=\"#failures\">see the ").append(detailed).append(" result");
      s.append(detailed == 1 ? "" : "s").append(" that did not pass</a>");
    }
    s.append("</p>\n");
  }

  private static void meta(StringBuilder s, RunReport report) {
    RunContext c = report.context();
    s.append("<p class=\"meta\">Target <code>").append(escape(report.target())).append("</code>");
    if (c.implementation() != null) {
      s.append(" (").append(escape(c.implementation().toString())).append(")");
    }
    s.append(", bindings ").append(escape(String.join(", ", report.bindings())));
    if (c.tags() != null) {
      s.append(", tags <code>").append(escape(c.tags())).append("</code>");
    }
    s.append(", ").append(escape(c.parallel().describe()));
    s.append("; started ").append(escape(report.started().toString())).append(", took ");
    s.append(report.millis() / 1000.0).append(" s. Kit ").append(escape(c.kit().version()));
    s.append(", spec ").append(escape(c.kit().specVersion()));
    if (!c.kit().jarSha256().isEmpty()) {
      s.append(", jar SHA-256 <code>").append(escape(c.kit().jarSha256())).append("</code>");
    }
    s.append(".</p>\n");
  }

  private static void areas(StringBuilder s, RunReport report) {
    s.append("<h2 id=\"summary\">Summary by area</h2><table><tr><th>area</th>");
    Map<Verdict, Integer> all = report.counts(null);
    all.keySet().forEach(v -> s.append("<th>").append(v.wireName()).append("</th>"));
    s.append("</tr>\n");
    for (String area : report.areas()) {
      row(s, area, report.areaCounts(area));
    }
    for (String binding : report.resultBindings()) {
      row(s, "binding " + binding, report.counts(binding));
    }
    row(s, "all", all);
    s.append("</table>\n");
  }

  private static void row(StringBuilder s, String label, Map<Verdict, Integer> counts) {
    s.append("<tr><td>").append(escape(label)).append("</td>");
    counts.forEach(
        (v, n) ->
            s.append(n > 0 && v != Verdict.PASSED ? "<td class=\"" + v.wireName() + "\">" : "<td>")
                .append(n)
                .append("</td>"));
    s.append("</tr>\n");
  }

  private static void requirements(StringBuilder s, RunReport report) {
    s.append("<h3>Requirements</h3><table><tr><th>id</th><th>level</th><th>verdict</th>");
    s.append("<th>scenarios</th><th>section</th><th>requirement</th></tr>\n");
    for (RequirementResult r : report.requirements()) {
      s.append("<tr data-verdict=\"").append(r.verdict().wireName()).append("\" data-level=\"");
      s.append(escape(level(r.requirement().level()))).append("\"><td>");
      s.append(escape(r.requirement().id())).append("</td><td>");
      s.append(escape(r.requirement().level())).append("</td>");
      HtmlPage.verdictCell(s, r.verdict().wireName());
      s.append("<td>").append(r.scenarios()).append("</td><td>");
      s.append(escape(r.requirement().section())).append("</td><td>");
      s.append(Markup.sentence(r.requirement().text())).append("</td></tr>\n");
    }
    s.append("</table>\n");
  }

  /** must, should or may: the level of a requirement as the filter names it. */
  static String level(String keyword) {
    return keyword.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
  }

  private static void scenarios(StringBuilder s, RunReport report) {
    s.append("<h3>Scenarios</h3><table><tr><th>scenario</th><th>area</th><th>binding</th>");
    s.append("<th>verdict</th><th>tags</th><th>note</th></tr>\n");
    for (ScenarioResult r : report.scenarios()) {
      s.append("<tr data-verdict=\"").append(r.verdict().wireName()).append("\" data-area=\"");
      s.append(escape(r.area())).append("\" data-level=\"").append(r.level()).append("\"><td>");
      s.append(escape(r.name())).append("</td><td>").append(escape(r.area())).append("</td><td>");
      s.append(escape(r.binding())).append("</td>");
      HtmlPage.verdictCell(s, r.verdict().wireName());
      s.append("<td class=\"tags\">").append(escape(String.join(" ", r.tags()))).append("</td>");
      String note =
          r.verdict() == Verdict.NOT_APPLICABLE || r.verdict() == Verdict.NOT_VERIFIED
              ? escape(r.message())
              : HtmlFailures.note(r);
      s.append("<td>").append(note).append("</td></tr>\n");
    }
    s.append("</table>\n");
  }
}
