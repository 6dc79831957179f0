package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.conformance.report.Fixtures.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportWriterTest {
  @TempDir Path dir;

  private final RunReport report =
      Fixtures.report(
          List.of(
              scenario("A ping is answered", "json", Verdict.PASSED, "@REQ-OPEN-008", "@must"),
              scenario("A ping is answered", "xml", Verdict.FAILED, "@REQ-OPEN-008", "@must"),
              scenario("Uses TLS", "json", Verdict.WARNING, "@REQ-TRANSPORT-011", "@should"),
              scenario("XML only", "json", Verdict.NOT_APPLICABLE, "@REQ-OPEN-001", "@binding-xml"),
              scenario("Went away", "xml", Verdict.ERROR, "@REQ-OPEN-001", "@must"),
              scenario("Known gap", "json", Verdict.FAILED, "@REQ-OPEN-001", "@must")
                  .withExpectedFailure(Fixtures.gap("vendor knows")),
              scenario("Gap closed", "xml", Verdict.PASSED, "@REQ-OPEN-001", "@must")
                  .withExpectedFailure(Fixtures.gap("was broken"))));

  @Test
  void writesTheThreeFiles() throws Exception {
    ReportWriter.write(report, dir);
    assertThat(dir.resolve("report.html")).isRegularFile();
    assertThat(dir.resolve("report.json")).isRegularFile();
    assertThat(dir.resolve("junit.xml")).isRegularFile();
  }

  @Test
  void theJsonListsScenariosAndRequirementsWithVerdicts() throws Exception {
    ReportWriter.write(report, dir);
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(json.path("conformant").booleanValue()).isFalse();
    assertThat(json.path("scenarios")).hasSize(7);
    JsonNode first = json.path("scenarios").get(1);
    assertThat(first.path("name").asText()).isEqualTo("A ping is answered");
    assertThat(first.path("feature").asText()).isEqualTo("Opening exchange");
    assertThat(first.path("binding").asText()).isEqualTo("xml");
    assertThat(first.path("verdict").asText()).isEqualTo("failed");
    assertThat(first.path("tags").toString()).contains("@REQ-OPEN-008");
    assertThat(first.path("message").asText()).startsWith("Expected a pong");
    JsonNode requirements = json.path("requirements");
    assertThat(requirements.get(0).path("id").asText()).isEqualTo("REQ-OPEN-001");
    assertThat(requirements.get(0).path("verdict").asText()).isEqualTo("failed");
    assertThat(requirements.get(0).path("embodiment").toString()).contains("S21");
    assertThat(requirements.get(1).path("verdict").asText()).isEqualTo("failed");
    assertThat(requirements.get(2).path("verdict").asText()).isEqualTo("warning");
    assertThat(json.path("summary").path("xml").path("error").intValue()).isEqualTo(1);
    assertThat(json.path("scenarios").get(6).path("expectedFailure").path("passed").booleanValue())
        .isTrue();
  }

  @Test
  void theJunitXmlHasOneTestcasePerScenarioPerBinding() throws Exception {
    ReportWriter.write(report, dir);
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(dir.resolve("junit.xml").toFile());
    var suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element json = (Element) suites.item(0);
    assertThat(json.getAttribute("name")).isEqualTo("mplp-conformance.json");
    assertThat(json.getAttribute("tests")).isEqualTo("4");
    assertThat(json.getAttribute("failures")).isEqualTo("0"); // the only failure is expected
    assertThat(json.getAttribute("skipped")).isEqualTo("2");
    Element xmlSuite = (Element) suites.item(1);
    assertThat(xmlSuite.getAttribute("failures")).isEqualTo("1");
    assertThat(xmlSuite.getAttribute("errors")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(7);
  }

  @Test
  void theHtmlIsSelfContainedAndShowsEveryFailureWithItsTranscript() throws Exception {
    ReportWriter.write(report, dir);
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("NOT CONFORMANT: 1 failed, 1 error, 1 expected failure, 1 warning");
    assertThat(html).contains("<a href=\"#failures\"");
    assertThat(html)
        .doesNotContain("<link")
        .doesNotContain("<script src")
        .doesNotContain("src=\"http")
        .doesNotContain("url(");
    assertThat(html)
        .contains("REQ-OPEN-008")
        .contains("MUST")
        .contains("A server MUST answer a ping.");
    assertThat(html)
        .contains("Expected a pong &lt;replying&gt; to p1, but nothing arrived &amp; so on.");
    assertThat(html).contains("-&gt; {&quot;type&quot;:&quot;ping&quot;");
    assertThat(html).contains("Expected failure: vendor knows");
    assertThat(html).contains("Listed as an expected failure, but passed: was broken");
    assertThat(html.indexOf("id=\"failures\"")).isLessThan(html.indexOf("id=\"summary\""));
  }
}
