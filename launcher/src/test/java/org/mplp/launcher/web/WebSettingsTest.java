package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mplp.client.cli.Cli;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The web terminal as the primary device (spec: The primary device): a policy, a revocation and the
 * hand-over of the role; and leaving: log out, and forget this browser.
 */
class WebSettingsTest extends WithBrowserAndCli {

  private void openSettings() {
    web.click("#settings-button");
    web.waitFor("#this-device");
  }

  private String row(String address) {
    return ".device-row[data-address='" + address + "'] ";
  }

  @Test
  void thePrimaryBrowserSetsThePolicyOfAnotherDevice() {
    openSettings();
    assertThat(web.waitFor(".self-role").getText()).isEqualTo("primary");
    new Select(web.waitFor(row(pc.address) + "select[name=transfers]")).selectByValue("reject");
    web.screenshot("settings");
    web.click(row(pc.address) + ".policy button[type=submit]");
    web.waitForText("#banner", "Policy of " + pc.address + " set.");
    JsonNode settings = CliDevice.json(pc.run("receive", "--json").out());
    assertThat(settings.at("/policy/transfers").asText()).isEqualTo("reject");
  }

  @Test
  void thePrimaryBrowserRevokesADevice() {
    CliDevice tv = another("TV", "Living room");
    openSettings();
    web.click(row(tv.address) + ".revoke");
    web.waitForText(row(tv.address) + ".revoke", "Really revoke?");
    web.click(row(tv.address) + ".revoke");
    web.until(d -> d.findElements(By.cssSelector(row(tv.address))).isEmpty());
    Cli.Run refused = tv.run("devices");
    assertThat(refused.exit()).as("%s", refused).isNotZero();
  }

  @Test
  void thePrimaryBrowserHandsTheRoleOver() {
    openSettings();
    web.click(row(pc.address) + ".make-primary");
    web.click(row(pc.address) + ".make-primary");
    web.waitForText(".self-role", "secondary");
    JsonNode settings = CliDevice.json(pc.run("receive", "--json").out());
    assertThat(settings.get("role").asText()).isEqualTo("primary");
    assertThat(web.driver.findElements(By.cssSelector(".revoke"))).isEmpty();
  }

  @Test
  void forgettingTheBrowserRemovesTheDeviceAndItsCredential() {
    openSettings();
    web.click("#leave .forget");
    web.waitFor("#login-form");
    JsonNode devices = CliDevice.json(pc.run("devices", "--json").out());
    assertThat(devices.findValuesAsText("address")).doesNotContain(webAddress);
    web.driver.navigate().refresh();
    web.waitFor("#login-form");
    web.screenshot("login");
    // A wrong password is refused with words, and no address appears.
    web.waitFor("#login-form input[name=account]").sendKeys(account.name());
    web.driver.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys("wrong");
    web.click("#login-form button");
    web.waitForText("#login-error", "wrong password");
    assertThat(web.driver.findElement(By.id("me")).getText()).isEmpty();
  }

  @Test
  void loggingOutKeepsTheDeviceForItsNextLogin() {
    openSettings();
    web.click("#leave .logout");
    web.waitFor("#login-form");
    web.driver.navigate().refresh();
    web.click("#resume-device");
    assertThat(web.address()).isEqualTo(webAddress);
  }
}
