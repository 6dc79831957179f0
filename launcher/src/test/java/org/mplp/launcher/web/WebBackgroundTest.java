package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/**
 * A message that reaches the web terminal while its tab is in the background: the tab's title
 * counts it, and the page raises a notification (Notification API) with the text as text.
 */
class WebBackgroundTest extends WithBrowserAndCli {

  /**
   * Stands in for the system's notifications, which a headless browser does not show: the page's
   * calls are recorded where the test can read them. Chromium runs it before the page's scripts.
   */
  private static final String RECORD_NOTIFICATIONS =
      "window.shownNotifications = [];"
          + "window.Notification = class { static permission = 'granted';"
          + " static requestPermission() { return Promise.resolve('granted'); }"
          + " constructor(title, options) { window.shownNotifications.push([title,"
          + " options.body]); } };";

  /** The title of the web terminal's tab, read without bringing the tab to the front. */
  @SuppressWarnings("unchecked")
  private String titleOfTheTerminalsTab() {
    Map<String, Object> targets = web.driver.executeCdpCommand("Target.getTargets", Map.of());
    for (Map<String, Object> target : (List<Map<String, Object>>) targets.get("targetInfos")) {
      if (((String) target.get("url")).startsWith(base().toString())) {
        return (String) target.get("title");
      }
    }
    return "";
  }

  @Test
  void aMessageInTheBackgroundCountsInTheTitleAndNotifies() {
    web.driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_NOTIFICATIONS));
    web.driver.navigate().refresh();
    assertThat(web.address()).isEqualTo(webAddress);
    String page = web.driver.getWindowHandle();
    web.driver.switchTo().newWindow(WindowType.TAB);
    web.driver.get("about:blank");

    pc.send(webAddress, "<i>while you were away</i>");
    web.until(d -> titleOfTheTerminalsTab().equals("(1) MPLP"));

    web.driver.switchTo().window(page);
    assertThat(web.script("return window.shownNotifications"))
        .isEqualTo(List.of(List.of("Message from " + pc.address, "<i>while you were away</i>")));
  }
}
