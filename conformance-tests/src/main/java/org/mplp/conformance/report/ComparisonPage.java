package org.mplp.conformance.report;

import static org.mplp.conformance.report.Markup.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results side by side: one column per report.json (an implementation, named by its welcome), one
 * row per requirement, as the public dashboards of web-platform tests show browsers.
 */
public final class ComparisonPage {
  private ComparisonPage() {}

  /** One report.json, read, with the name its column gets. */
  public record Column(String label, JsonNode report) {

    /** "name version" from the welcome, else the target; the file's name tells reports apart. */
    public static Column of(JsonNode report, String fileName) {
      JsonNode impl = report.path("implementation");
      String name =
          impl.isObject()
              ? impl.path("name").asText() + " " + impl.path("version").asText()
              : report.path("target").asText(fileName);
      return new Column(name, report);
    }

    String verdictOf(String requirement) {
      for (JsonNode r : report.path("requirements")) {
        if (r.path("id").asText().equals(requirement)) {
          return r.path("verdict").asText();
        }
      }
      return "untested";
    }
  }

  public static void write(List<Column> columns, Path file) throws IOException {
    Files.writeString(file, html(columns), StandardCharsets.UTF_8);
  }

  static String html(List<Column> columns) {
    Map<String, JsonNode> rows = new LinkedHashMap<>();
    for (Column c : columns) {
      c.report().path("requirements").forEach(r -> rows.putIfAbsent(r.path("id").asText(), r));
    }
    StringBuilder s = HtmlPage.open("MPLP conformance results side by side");
    s.append("<h1>MPLP conformance results side by side</h1>\n");
    s.append("<p class=\"meta\">One column per report, one row per requirement of the spec.</p>\n");
    List<String> verdicts = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      verdicts.add(v.wireName());
    }
    s.append("<table><tr><th>requirement</th><th>level</th>");
    for (Column c : columns) {
      s.append("<th>").append(escape(c.label())).append("<br><span class=\"meta\">");
      s.append(escape(c.report().path("target").asText())).append("<br>bindings ");
      List<String> bindings = new ArrayList<>();
      c.report().path("bindings").forEach(b -> bindings.add(b.asText()));
      s.append(escape(String.join(", ", bindings))).append("<br>");
      s.append(escape(c.report().path("started").asText())).append("<br>kit ");
      s.append(escape(c.report().path("kit").path("version").asText())).append("</span></th>");
    }
    s.append("</tr>\n<tr><td>verdict</td><td></td>");
    for (Column c : columns) {
      String css = c.report().path("conformant").asBoolean() ? "passed" : "failed";
      s.append("<td class=\"").append(css).append("\">");
      s.append(escape(c.report().path("headline").asText())).append("</td>");
    }
    s.append("</tr>\n<tr><td>requirements passed</td><td></td>");
    for (Column c : columns) {
      long passed = 0;
      for (JsonNode r : c.report().path("requirements")) {
        passed += r.path("verdict").asText().equals("passed") ? 1 : 0;
      }
      s.append("<td>").append(passed).append(" of ").append(rows.size()).append("</td>");
    }
    s.append("</tr>\n");
    for (Map.Entry<String, JsonNode> row : rows.entrySet()) {
      JsonNode r = row.getValue();
      s.append("<tr><td title=\"").append(escape(r.path("text").asText())).append("\">");
      s.append(escape(row.getKey())).append("</td><td>");
      s.append(escape(r.path("level").asText())).append("</td>");
      for (Column c : columns) {
        HtmlPage.verdictCell(s, escape(c.verdictOf(row.getKey())));
      }
      s.append("</tr>\n");
    }
    s.append("</table>\n");
    return HtmlPage.close(s);
  }
}
