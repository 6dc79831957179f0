package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonPageTest {
  @Test
  void twoReportsSideBySideOneColumnEachOneRowPerRequirement() throws Exception {
    ComparisonPage.Column ours =
        ComparisonPage.Column.of(JsonReportWriter.tree(ReportSchemaTest.everyKindOfResult()), "a");
    ComparisonPage.Column theirs =
        ComparisonPage.Column.of(
            JsonReportWriter.tree(
                Fixtures.report(
                    List.of(Fixtures.scenario("Ping", "json", Verdict.PASSED, "@REQ-OPEN-008")))),
            "b.json");
    String html = ComparisonPage.html(List.of(ours, theirs));
    assertThat(ours.label()).isEqualTo("example-server 2.3");
    assertThat(theirs.label()).isEqualTo("ws://127.0.0.1:7700/mplp");
    assertThat(html).contains("<th>example-server 2.3<br>", "<th>ws://127.0.0.1:7700/mplp<br>");
    // REQ-OPEN-008: failed (and flaky) in ours, passed in theirs
    int row = html.indexOf("REQ-OPEN-008</td>");
    String cells = html.substring(row, html.indexOf("</tr>", row));
    assertThat(cells).contains("<td class=\"failed\">failed</td><td class=\"passed\">passed</td>");
    assertThat(html).doesNotContain("<link").doesNotContain("src=");
  }
}
