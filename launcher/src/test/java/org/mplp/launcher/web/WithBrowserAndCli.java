package org.mplp.launcher.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.TestServer;

/**
 * A reference server for the test class; per test a fresh account, logged in from a fresh Chromium
 * (the first device, so primary) and from the CLI as a PC.
 */
abstract class WithBrowserAndCli {
  @TempDir static Path serverDir;
  static TestServer server;

  @TempDir Path temp;
  TestServer.Account account;
  WebDevice web;
  String webAddress;
  CliDevice pc;

  @BeforeAll
  static void startServer() throws Exception {
    server = TestServer.start(serverDir);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void logIn() throws Exception {
    account = server.newAccount();
    web = WebDevice.open(base(), temp.resolve("browser"), width(), height());
    webAddress = web.login(account.name(), account.password());
    pc = CliDevice.login(server, account, "PC", "CLI PC", temp.resolve("pc"));
    web.waitFor("[data-peer='" + pc.address + "']");
  }

  @AfterEach
  void closeBrowser() {
    web.close();
  }

  /** Where the browser opens the web client: the server itself. */
  URI base() {
    return httpBase(server);
  }

  int width() {
    return 1200;
  }

  int height() {
    return 860;
  }

  CliDevice another(String type, String label) {
    CliDevice device = CliDevice.login(server, account, type, label, temp.resolve(type));
    web.waitFor("[data-peer='" + device.address + "']");
    return device;
  }

  Path file(String name, byte[] content) throws IOException {
    return Files.write(Files.createDirectories(temp.resolve("out")).resolve(name), content);
  }

  /** http://127.0.0.1:port/ of a server whose control channel is ws://127.0.0.1:port/mplp. */
  static URI httpBase(TestServer server) {
    URI control = server.controlUri();
    return URI.create("http://" + control.getAuthority() + "/");
  }

  static String sha256Hex(byte[] bytes) throws java.security.NoSuchAlgorithmException {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
