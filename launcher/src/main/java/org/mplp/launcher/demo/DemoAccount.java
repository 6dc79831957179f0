package org.mplp.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.mplp.server.admin.AccountMain;

/**
 * The demo's account: the patent's 235683, added to the fresh data directory with the server's own
 * account command before the server starts. Should that fail, the demo says why and asks the
 * running server's provisioning endpoint for an account instead.
 */
record DemoAccount(String name, String password) {
  /** The account number of the patent's embodiment. */
  static final String PATENT_ACCOUNT = "235683";

  /** Adds account 235683 with a random password to the server's data directory. */
  static DemoAccount addPatentAccount(Path dataDir, PrintStream out) {
    byte[] random = new byte[10];
    new SecureRandom().nextBytes(random);
    // Hex: a password that starts with "-" would read as an option on the command line shown.
    String password = HexFormat.of().formatHex(random);
    StringWriter errors = new StringWriter();
    int exit =
        AccountMain.run(
            new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(errors, true),
            "--data-dir",
            dataDir.toString(),
            "add",
            PATENT_ACCOUNT,
            "--password-stdin");
    if (exit != 0) {
      out.println(
          "MPLP demo: could not add account "
              + PATENT_ACCOUNT
              + " ("
              + errors.toString().strip()
              + "); a provisioned account stands in for it.");
      return null;
    }
    return new DemoAccount(PATENT_ACCOUNT, password);
  }

  /** An account from the running server's provisioning endpoint, with a generated name. */
  static DemoAccount provision(URI httpBase) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(httpBase.resolve("/provisioning/accounts"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException("provisioning answered HTTP " + response.statusCode());
    }
    JsonNode body = new ObjectMapper().readTree(response.body());
    return new DemoAccount(body.get("account").asText(), body.get("password").asText());
  }
}
