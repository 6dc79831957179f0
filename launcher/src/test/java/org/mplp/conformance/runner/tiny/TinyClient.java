package org.mplp.conformance.runner.tiny;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.Scram;
import org.mplp.conformance.driver.Terminal;

/**
 * A tiny client of the JSON binding, written for the tests of the kit's client mode: correct by
 * default, with one deliberate flaw when asked ({@link Flaw}), so a test can show that the kit
 * fails the scenario of the duty it skips. Actions: login, send, accept.
 */
public final class TinyClient {
  /** The duty the client skips. */
  enum Flaw {
    NONE,
    SIGNATURE,
    HASH,
    SAFE_PATH,
    OVERWRITE,
    NEW_ID
  }

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.()-]{0,99}");
  private static final Pattern DEVICE_NAME =
      Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
  private static final Terminal TERMINAL =
      new Terminal("PC", "mplp-tiny-client", "1.0", "tiny", null, null);

  private final Map<String, String> options;
  private final Flaw flaw;
  private final Path state;

  private TinyClient(Map<String, String> options) {
    this.options = options;
    this.flaw = Flaw.valueOf(options.getOrDefault("flaw", "NONE"));
    this.state = Path.of(options.get("state")).resolve("tiny.properties");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    TinyClient client = new TinyClient(options);
    int code =
        switch (options.get("action")) {
          case "login" -> client.register();
          case "send" -> client.send();
          case "accept" -> client.accept();
          default -> 2;
        };
    System.exit(code);
  }

  /** A password login that registers a device; 0 when it did, 1 when refused. */
  private int register() throws Exception {
    URI server = URI.create(options.get("server"));
    try (TinyWire wire = new TinyWire(server)) {
      JsonNode ok = login(wire, options.get("account"), null, options.get("password"));
      if (ok == null) {
        return 1;
      }
      Properties p = new Properties();
      p.setProperty("server", server.toString());
      p.setProperty("account", options.get("account"));
      p.setProperty("device", ok.path("self").path("address").asText());
      p.setProperty("credential", ok.path("credential").asText());
      Files.createDirectories(state.getParent());
      try (OutputStream out = Files.newOutputStream(state)) {
        p.store(out, "tiny client");
      }
      if (flaw == Flaw.SIGNATURE) {
        wire.send(Frames.listDevices(wire.id())); // as if the login had been proven
      }
      System.out.println("registered " + p.getProperty("device"));
      return 0;
    }
  }

  /** Hello and the SCRAM exchange; login-ok, or null after telling the user why not. */
  private JsonNode login(TinyWire wire, String account, String device, String secret)
      throws Exception {
    String hello = wire.id();
    wire.send(Frames.hello(hello, List.of("1.0")));
    wire.await("welcome", hello);
    Scram scram = Scram.start(device == null ? account : device, secret);
    String login = wire.id();
    wire.send(Frames.login(login, account, device, scram.clientFirst(), TERMINAL));
    JsonNode challenge = wire.await("login-challenge", login);
    if (refused(challenge)) {
      return null;
    }
    String proof = wire.id();
    wire.send(Frames.loginProof(proof, scram.clientFinal(challenge.path("serverFirst").asText())));
    JsonNode ok = wire.await("login-ok", proof);
    if (refused(ok)) {
      return null;
    }
    if (flaw != Flaw.SIGNATURE) {
      try {
        scram.verifyServerFinal(ok.path("serverFinal").asText());
      } catch (Scram.Problem e) {
        System.err.println("login failed: bad-server-signature");
        wire.closeWith(1008, "bad-server-signature");
        return null;
      }
    }
    return ok;
  }

  private static boolean refused(JsonNode frame) {
    if (frame.path("type").asText().equals("error")) {
      System.err.println("login failed: " + frame.path("code").asText());
      return true;
    }
    return false;
  }

  private Properties device() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(state)) {
      p.load(in);
    }
    return p;
  }

  private TinyWire deviceLogin(Properties device) throws Exception {
    TinyWire wire = new TinyWire(URI.create(device.getProperty("server")));
    JsonNode ok =
        login(
            wire,
            device.getProperty("account"),
            device.getProperty("device"),
            device.getProperty("credential"));
    if (ok == null) {
      wire.close();
      throw new IOException("the device's login was refused");
    }
    return wire;
  }

  /** Sends one message; after a lost connection, again with the same clientMessageId. */
  private int send() throws Exception {
    Properties device = device();
    String clientMessageId = UUID.randomUUID().toString();
    for (int attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) {
        Thread.sleep(1_100);
        if (flaw == Flaw.NEW_ID) {
          clientMessageId = UUID.randomUUID().toString();
        }
      }
      try (TinyWire wire = deviceLogin(device)) {
        String id = wire.id();
        wire.send(Frames.send(id, clientMessageId, null, options.get("to"), options.get("body")));
        JsonNode answer = wire.await("message-accepted", id);
        return answer.path("type").asText().equals("message-accepted") ? 0 : 1;
      } catch (TinyWire.Lost e) {
        System.err.println("connection lost: " + e.getMessage() + "; sending again");
      }
    }
    return 3;
  }

  /** Accepts an offer, downloads each file, checks and stores it, reports each result. */
  private int accept() throws Exception {
    Properties device = device();
    String transferId = options.get("transfer");
    Path folder = Path.of(options.get("receive"));
    try (TinyWire wire = deviceLogin(device)) {
      String id = wire.id();
      wire.send(Frames.acceptOffer(id, transferId, null));
      JsonNode transfer = wire.await("transfer", id);
      if (!transfer.path("type").asText().equals("transfer")) {
        return 1;
      }
      URI server = URI.create(device.getProperty("server"));
      for (JsonNode file : transfer.path("files")) {
        if (file.has("token")) {
          String result = receive(server, transferId, file, folder);
          String report = wire.id();
          wire.send(Frames.fileResult(report, transferId, file.path("index").asInt(), result));
          wire.await("transfer", report);
        }
      }
      return 0;
    }
  }

  private String receive(URI server, String transferId, JsonNode file, Path folder)
      throws Exception {
    URI uri =
        URI.create(
            "http://"
                + server.getAuthority()
                + "/transfers/"
                + transferId
                + "/"
                + file.path("index").asInt());
    HttpResponse<byte[]> got =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + file.path("token").asText())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    byte[] bytes = got.body();
    if (got.statusCode() != 200) {
      return "failed";
    }
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    if (flaw != Flaw.HASH && !sha256.equalsIgnoreCase(file.path("sha256").asText())) {
      return "hash-mismatch";
    }
    String name = file.path("name").asText();
    Path target;
    if (flaw == Flaw.SAFE_PATH) {
      target = folder.resolve(file.path("path").asText("")).resolve(name);
    } else if (safe(name)) {
      target = folder.resolve(name); // folders from the wire are not followed: stored flat
    } else {
      return "failed";
    }
    Files.createDirectories(target.getParent());
    if (flaw != Flaw.OVERWRITE) {
      target = free(target);
    }
    Files.write(target, bytes);
    return "received";
  }

  private static boolean safe(String name) {
    return SAFE_NAME.matcher(name).matches()
        && !name.endsWith(".")
        && !name.endsWith(" ")
        && !DEVICE_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches();
  }

  /** The path itself, or "name (n).ext" beside it when a file of that name exists. */
  private static Path free(Path target) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    Path candidate = target;
    for (int n = 1; Files.exists(candidate); n++) {
      candidate = target.resolveSibling(stem + " (" + n + ")" + ext);
    }
    return candidate;
  }
}
