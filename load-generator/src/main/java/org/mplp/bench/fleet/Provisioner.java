package org.mplp.bench.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Creates accounts through the server's provisioning profile (POST /provisioning/accounts). */
final class Provisioner {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;

  Provisioner(URI controlChannel) {
    String scheme = "wss".equals(controlChannel.getScheme()) ? "https" : "http";
    this.endpoint =
        URI.create(
            scheme
                + "://"
                + controlChannel.getHost()
                + ":"
                + controlChannel.getPort()
                + "/provisioning/accounts");
  }

  /** A new account and its password. */
  String[] createAccount() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IOException(
          "provisioning answered "
              + response.statusCode()
              + " (is the provisioning profile on?): "
              + response.body());
    }
    JsonNode body = MAPPER.readTree(response.body());
    return new String[] {body.path("account").asText(), body.path("password").asText()};
  }
}
