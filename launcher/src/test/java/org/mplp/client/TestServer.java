package org.mplp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.mplp.client.wire.TrustedCertificates;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import org.mplp.server.tls.SelfSignedTls;

/**
 * The reference server in-process for the client's end-to-end tests: a free loopback port, a data
 * directory of the test's own, provisioning on for throwaway accounts. The client under test talks
 * to it over the wire only; this class is the one place that touches the server's classes.
 */
public final class TestServer implements AutoCloseable {
  private final Path dataDir;
  private final boolean tls;
  private ServerConfig config;
  private MplpServer server;

  private TestServer(Path dataDir, boolean tls) {
    this.dataDir = dataDir;
    this.tls = tls;
  }

  public static TestServer start(Path dataDir) throws IOException {
    return start(dataDir, false);
  }

  /** With {@code tls}, over wss:// with a self-signed certificate (see {@link #certificate()}). */
  public static TestServer start(Path dataDir, boolean tls) throws IOException {
    TestServer test = new TestServer(dataDir, tls);
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withDataDir(dataDir).withProvisioning(true);
    if (tls) {
      SelfSignedTls.ensure(dataDir, "127.0.0.1");
      config = config.withTls(SelfSignedTls.files(dataDir));
    }
    test.server = MplpServer.start(config);
    test.config = config.withPort(test.server.boundPort());
    return test;
  }

  public URI controlUri() {
    return server.controlUri();
  }

  /** The server's self-signed certificate, for --cacert. */
  public Path certificate() {
    return dataDir.resolve(SelfSignedTls.DIRECTORY).resolve(SelfSignedTls.CERTIFICATE_FILE);
  }

  /** A fresh account with a random password, from the provisioning endpoint. */
  public Account newAccount() throws Exception {
    HttpClient.Builder builder = HttpClient.newBuilder();
    if (tls) {
      SSLContext context = TrustedCertificates.sslContextTrusting(certificate());
      builder.sslContext(context);
    }
    HttpResponse<String> response =
        builder
            .build()
            .send(
                HttpRequest.newBuilder(server.httpBase().resolve("/provisioning/accounts"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("provisioning answered " + response.statusCode());
    }
    JsonNode body = new ObjectMapper().readTree(response.body());
    return new Account(body.get("account").asText(), body.get("password").asText());
  }

  /** Stops the server: every connection drops, as in a crash of the network or the server. */
  public void stop() {
    server.close();
  }

  /** Starts it again on the same port and data directory: accounts and devices survive. */
  public void restart() throws IOException {
    server = MplpServer.start(config);
  }

  @Override
  public void close() {
    server.close();
  }

  public record Account(String name, String password) {}
}
