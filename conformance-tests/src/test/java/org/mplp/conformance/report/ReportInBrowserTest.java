package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * report.html as a person sees it, in Debian's Chromium: a report with a failure shows the failure,
 * the differences of its frames and its transcript on the first screen, and the page neither runs
 * off to the right nor loads anything from elsewhere. The screenshot stays in
 * target/report-in-browser/ to be looked at.
 */
class ReportInBrowserTest {
  private static final Path OUT = Path.of("target", "report-in-browser");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 800;
  private static ChromeDriver browser;

  @BeforeAll
  static void chromium() {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu");
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  static RunReport reportWithAFailure() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree("{\"type\":\"ok\",\"replyTo\":\"pc1-7\"}");
    JsonNode actual =
        json.readTree(
            "{\"type\":\"error\",\"replyTo\":\"pc1-7\",\"code\":\"not-primary\",\"fatal\":false,"
                + "\"message\":\"only the primary device may set the policy of another device\"}");
    StringBuilder transcript = new StringBuilder();
    transcript.append(
        "     0 ms  PC       .. upgrade at ws://127.0.0.1:7700/mplp offering [mplp.1.json]\n");
    transcript.append(
        "     4 ms  PC       -> {\"type\":\"hello\",\"id\":\"pc1-1\",\"versions\":[\"1.0\"]}\n");
    transcript.append(
        "     9 ms  PC       <- {\"type\":\"device-list\",\"replyTo\":\"pc1-5\",\"devices\":[");
    for (int i = 1; i <= 6; i++) {
      transcript.append(
          "{\"address\":\"235683-MP-"
              + i
              + "\",\"label\":\"Li's phone number "
              + i
              + "\",\"terminal\":\"MP\",\"presence\":\"online\",\"role\":\"secondary\","
              + "\"loginTime\":\"2026-01-02T03:04:05Z\",\"ip\":\"127.0.0.1\"},");
    }
    transcript.append("]}\n");
    transcript.append(
        "    12 ms  PC       -> {\"type\":\"set-policy\",\"id\":\"pc1-7\",\"device\":\"235683-MP-1\"}\n");
    transcript.append("    15 ms  PC       <- " + actual + "\n");
    ScenarioResult failed =
        ScenarioResult.of(
                "The primary device sets the policy of another device",
                "Policies",
                "features/authority/policies.feature:12",
                List.of("@REQ-OPEN-008", "@must", "@profile-core"),
                "json",
                Verdict.FAILED,
                "Expected set-policy pc1-7 of the PC to be answered with ok, but received an error"
                    + " not-primary (not fatal) replying to pc1-7. This breaks REQ-OPEN-008.",
                transcript.toString(),
                15)
            .withMismatch(new Mismatch(expected, actual));
    List<ScenarioResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      results.add(
          Fixtures.scenario(
              "Passing scenario " + i, "json", Verdict.PASSED, "@REQ-OPEN-001", "@must"));
    }
    results.add(failed);
    return Fixtures.report(results);
  }

  @Test
  void theFirstScreenShowsTheFailureItsDifferencesAndItsTranscript() throws Exception {
    Files.createDirectories(OUT);
    ReportWriter.write(reportWithAFailure(), OUT);
    browser.get(OUT.resolve(ReportWriter.HTML).toAbsolutePath().toUri().toString());

    WebElement failure = browser.findElement(By.cssSelector("#failures article.failure"));
    WebElement differences = failure.findElement(By.cssSelector("table.diff"));
    WebElement transcript = failure.findElement(By.cssSelector("pre.transcript"));
    int viewport = ((Number) browser.executeScript("return window.innerHeight")).intValue();
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        shot, OUT.resolve("first-screen.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    for (WebElement e : List.of(failure, differences, transcript)) {
      assertThat(e.isDisplayed()).isTrue();
      assertThat(e.getRect().getY()).as("top of %s", e.getTagName()).isLessThan(viewport - 60);
    }
    assertThat(differences.getRect().getY() + differences.getRect().getHeight())
        .as("bottom of the differences")
        .isLessThan(viewport);
    assertThat(differences.getText()).contains("type", "\"ok\"", "\"error\"", "code");
    assertThat(differences.findElements(By.tagName("mark"))).isNotEmpty();
    WebElement sentence = browser.findElement(By.cssSelector("#failures .requirement .sentence"));
    assertThat(sentence.getText()).contains("REQ-OPEN-008", "A server MUST answer a ping.");
    assertThat(sentence.getRect().getY()).isLessThan(failure.getRect().getY());
    assertThat(transcript.getText()).contains("Li's phone number 6");
    Number pageWidth =
        (Number) browser.executeScript("return document.documentElement.scrollWidth");
    assertThat(pageWidth.intValue()).as("the page's width").isLessThanOrEqualTo(WIDTH);
    browser.findElement(By.cssSelector(".banner a[href='#failures']")).click();
    assertThat(browser.getCurrentUrl()).endsWith("#failures");
  }

  @Test
  void theFilterHidesWhatItRulesOut() throws Exception {
    Path dir = OUT.resolve("filter");
    Files.createDirectories(dir);
    ReportWriter.write(reportWithAFailure(), dir);
    browser.get(dir.resolve(ReportWriter.HTML).toAbsolutePath().toUri().toString());
    int rows = browser.findElements(By.cssSelector("tr[data-verdict='passed']")).size();
    assertThat(rows).isGreaterThan(0);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("verdict")))
        .selectByVisibleText("failed");
    for (WebElement row : browser.findElements(By.cssSelector("tr[data-verdict='passed']"))) {
      assertThat(row.isDisplayed()).isFalse();
    }
    assertThat(browser.findElement(By.cssSelector("article[data-verdict='failed']")).isDisplayed())
        .isTrue();
  }
}
