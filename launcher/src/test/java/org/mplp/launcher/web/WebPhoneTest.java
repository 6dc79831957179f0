package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The web terminal on a phone-sized screen: one pane at a time, nothing wider than the screen. */
class WebPhoneTest extends WithBrowserAndCli {

  @Override
  int width() {
    return 390;
  }

  @Override
  int height() {
    return 844;
  }

  private boolean nothingOverflows() {
    return (Boolean)
        web.script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
  }

  @Test
  void aPhoneShowsTheContactsThenTheChatAndBack() {
    assertThat(web.waitFor("#contacts").isDisplayed()).isTrue();
    assertThat(web.driver.findElement(org.openqa.selenium.By.id("chat")).isDisplayed()).isFalse();
    assertThat(nothingOverflows()).as("no sideways scrolling on the contact list").isTrue();
    web.screenshot("phone-contacts");

    web.openChat(pc.address);
    assertThat(web.driver.findElement(org.openqa.selenium.By.id("contacts")).isDisplayed())
        .isFalse();
    web.say("Sent from a phone-sized browser with a rather long line that has to wrap somewhere");
    assertThat(pc.receive(1).get(0).get("body").asText()).startsWith("Sent from a phone-sized");
    web.waitFor(".message.out .receipt.delivered");
    assertThat(nothingOverflows()).as("no sideways scrolling in the chat").isTrue();
    web.screenshot("phone-chat");

    web.click("#back");
    assertThat(web.waitFor("#contacts").isDisplayed()).isTrue();
    web.click("#settings-button");
    web.waitFor("#this-device");
    assertThat(nothingOverflows()).as("no sideways scrolling in the settings").isTrue();
    web.screenshot("phone-settings");
  }
}
