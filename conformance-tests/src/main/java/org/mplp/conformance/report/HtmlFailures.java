package org.mplp.conformance.report;

import static org.mplp.conformance.report.Markup.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's first section: what failed, grouped by requirement with the requirement's sentence,
 * each scenario with its message, the frames' differences and its whole transcript.
 */
final class HtmlFailures {
  private HtmlFailures() {}

  static void write(StringBuilder s, RunReport report) {
    s.append("<section id=\"failures\"><h2>Failures, errors, warnings and flaky scenarios</h2>\n");
    Map<String, List<ScenarioResult>> byRequirement = new LinkedHashMap<>();
    report.scenarios().stream()
        .filter(ScenarioResult::detailed)
        .sorted(java.util.Comparator.comparing((ScenarioResult r) -> rank(r)))
        .forEach(
            r ->
                byRequirement
                    .computeIfAbsent(
                        String.join(", ", r.requirements()), k -> new java.util.ArrayList<>())
                    .add(r));
    if (byRequirement.isEmpty()) {
      s.append("<p>None: every scenario that ran passed or did not apply.</p>\n");
    }
    int n = 0;
    for (Map.Entry<String, List<ScenarioResult>> group : byRequirement.entrySet()) {
      boolean onlyWarnings =
          group.getValue().stream()
              .noneMatch(r -> r.verdict() == Verdict.FAILED || r.verdict() == Verdict.ERROR);
      s.append("<div class=\"requirement").append(onlyWarnings ? " warning-group" : "");
      s.append("\"><h3>")
          .append(escape(group.getKey().isEmpty() ? "(no requirement)" : group.getKey()));
      s.append("</h3>\n");
      for (String id : group.getValue().get(0).requirements()) {
        report
            .requirement(id)
            .ifPresent(
                r ->
                    s.append("<p class=\"sentence\">")
                        .append(escape(r.id()))
                        .append(" (")
                        .append(escape(r.level()))
                        .append(", ")
                        .append(escape(r.section()))
                        .append("): ")
                        .append(Markup.sentence(r.text()))
                        .append("</p>\n"));
      }
      for (ScenarioResult r : group.getValue()) {
        scenario(s, r, n++);
      }
      s.append("</div>\n");
    }
    s.append("</section>\n");
  }

  /** Failures first, then errors, warnings, flaky; expected failures after the unexpected ones. */
  private static int rank(ScenarioResult r) {
    return (r.expected() ? 10 : 0) + r.verdict().ordinal();
  }

  private static void scenario(StringBuilder s, ScenarioResult r, int n) {
    s.append("<article class=\"failure\" id=\"f").append(n).append("\" data-verdict=\"");
    s.append(r.verdict().wireName()).append("\" data-area=\"").append(escape(r.area()));
    s.append("\" data-level=\"").append(r.level()).append("\">");
    s.append("<h4><span class=\"").append(r.verdict().wireName()).append("\">");
    s.append(r.verdict().wireName()).append("</span> ").append(escape(r.name()));
    s.append(" [").append(escape(r.binding())).append("]</h4>\n");
    s.append("<p class=\"meta\"><code>").append(escape(r.location())).append("</code> ");
    s.append("<span class=\"tags\">").append(escape(String.join(" ", r.tags()))).append("</span>");
    s.append("</p>\n");
    String note = note(r);
    if (!note.isEmpty()) {
      s.append("<p class=\"meta\">").append(note).append("</p>\n");
    }
    s.append("<p class=\"message\">").append(escape(r.message())).append("</p>\n");
    if (r.mismatch() != null) {
      diff(s, r.mismatch());
    }
    transcript(s, "Transcript", r.transcript(), true);
    for (int i = 0; i < r.earlier().size(); i++) {
      Attempt a = r.earlier().get(i);
      transcript(
          s,
          "Attempt " + (i + 1) + ": " + a.verdict().wireName() + " \u2014 " + a.message(),
          a.transcript(),
          false);
    }
    s.append("</article>\n");
  }

  static String note(ScenarioResult r) {
    ExpectedFailure e = r.expectedFailure();
    if (e == null) {
      return "";
    }
    String link =
        e.link() == null
            ? ""
            : " (<a href=\"" + escape(e.link()) + "\">" + escape(e.link()) + "</a>)";
    String until = e.expires() == null ? "" : ", until " + e.expires();
    String head =
        r.expectedFailurePassed()
            ? "Listed as an expected failure, but passed: "
            : "Expected failure: ";
    return head + escape(e.reason()) + link + until;
  }

  /** Only the members that differ, with the differing values marked. */
  private static void diff(StringBuilder s, Mismatch m) {
    List<FrameDiff.Difference> differences = m.differences();
    s.append("<table class=\"diff\"><tr><th>member</th><th>expected</th><th>actual</th></tr>\n");
    for (FrameDiff.Difference d : differences) {
      s.append("<tr class=\"").append(d.kind()).append("\"><td>").append(escape(d.path()));
      s.append("</td><td class=\"expected\">").append(value(d.expected(), "(not expected)"));
      s.append("</td><td class=\"actual\">").append(value(d.actual(), "(missing)"));
      s.append("</td></tr>\n");
    }
    if (differences.isEmpty()) {
      s.append("<tr><td colspan=\"3\">the frames are equal</td></tr>\n");
    }
    s.append("</table>\n");
  }

  private static String value(JsonNode v, String absent) {
    return v == null ? "<em>" + absent + "</em>" : "<mark>" + escape(v.toString()) + "</mark>";
  }

  private static void transcript(StringBuilder s, String title, String text, boolean open) {
    long lines = text.lines().count();
    s.append("<details").append(open ? " open" : "").append("><summary>").append(escape(title));
    s.append(" (").append(lines).append(lines == 1 ? " line" : " lines").append(")</summary>");
    s.append("<pre class=\"transcript\">").append(escape(text)).append("</pre></details>\n");
  }
}
