package org.mplp.launcher.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web terminal in one headless Chromium: what a person does with it, as methods. */
final class WebDevice implements AutoCloseable {
  /** Where the screenshots go, for people to look at: launcher/target/screenshots/web. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots", "web");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  final ChromeDriver driver;
  final URI base;
  final Path downloads;
  private final List<String> requested = new ArrayList<>();

  private WebDevice(ChromeDriver driver, URI base, Path downloads) {
    this.driver = driver;
    this.base = base;
    this.downloads = downloads;
  }

  /** A new browser with an empty profile, at the web client's page. */
  static WebDevice open(URI base, Path temp, int width, int height) throws IOException {
    Path profile = Files.createDirectories(temp.resolve("profile"));
    Path downloads = Files.createDirectories(temp.resolve("downloads"));
    WebDevice device =
        new WebDevice(Chromium.start(profile, downloads, width, height), base, downloads);
    device.driver.get(base.resolve("/").toString());
    return device;
  }

  static WebDevice open(URI base, Path temp) throws IOException {
    return open(base, temp, 1200, 860);
  }

  /** A password login; returns the address the server gave this browser. */
  String login(String account, String password) {
    waitFor("#login-form input[name=account]").sendKeys(account);
    driver.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("#login-form button")).click();
    return address();
  }

  /** The address in the bar, once logged in. */
  String address() {
    waitFor("#home:not([hidden])");
    new WebDriverWait(driver, PATIENCE).until(d -> !d.findElement(By.id("me")).getText().isBlank());
    return driver.findElement(By.id("me")).getText();
  }

  WebElement waitFor(String css) {
    return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void waitForText(String css, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  void click(String css) {
    until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  /** Waits for a condition; when it never comes, the page and its console tell why. */
  <T> T until(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, PATIENCE).until(condition);
    } catch (TimeoutException e) {
      screenshot("failed-" + System.currentTimeMillis());
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        System.err.println("browser console: " + entry.getLevel() + " " + entry.getMessage());
      }
      throw e;
    }
  }

  void openChat(String peer) {
    click("[data-peer='" + peer + "']");
    waitFor(".composer textarea");
  }

  void say(String text) {
    WebElement box = waitFor(".composer textarea");
    box.sendKeys(text);
    driver.findElement(By.cssSelector(".composer button[type=submit]")).click();
  }

  /** Offers files of this machine through the chat's file picker. */
  void offerFiles(Path... files) {
    StringBuilder paths = new StringBuilder();
    for (Path file : files) {
      paths.append(paths.length() > 0 ? "\n" : "").append(file.toAbsolutePath());
    }
    driver.findElement(By.id("pick-files")).sendKeys(paths.toString());
  }

  void choosePermission(String permission) {
    new org.openqa.selenium.support.ui.Select(waitFor("#permission")).selectByValue(permission);
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  Object asyncScript(String script, Object... args) {
    driver.manage().timeouts().scriptTimeout(PATIENCE);
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  /** A file the browser downloaded, once it is complete. */
  Path downloaded(String name) {
    Path file = downloads.resolve(name);
    until(d -> Files.exists(file));
    return file;
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every network URL (http, https, ws, wss) asked for so far, from Chromium's log: requests and
   * WebSockets. Chromium's own chrome:// pages and data: URLs touch no network and are left out.
   */
  List<String> requestedUrls() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).get("message");
        String method = message.path("method").asText();
        if (method.equals("Network.requestWillBeSent")) {
          requested.add(message.at("/params/request/url").asText());
        } else if (method.equals("Network.webSocketCreated")) {
          requested.add(message.at("/params/url").asText());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return requested.stream().filter(u -> u.matches("(?i)^(https?|wss?)://.*")).toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
