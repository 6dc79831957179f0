package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to {@code POST /provisioning/accounts} (spec: Provisioning profile), kept raw so that
 * scenarios can judge it.
 */
public record ProvisioningResponse(URI uri, int status, String body, JsonNode document) {
  public static final String PATH = "/provisioning/accounts";
  public static final String REQUIREMENT = "REQ-PROVISION-001";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Asks the server at {@code controlChannelHttp} for a new account. */
  public static ProvisioningResponse post(URI controlChannelHttp, Duration timeout) {
    URI uri = URI.create(controlChannelHttp.toString().replaceAll("/+$", "") + PATH);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<String> response =
          Http.client().send(request, HttpResponse.BodyHandlers.ofString());
      return new ProvisioningResponse(uri, response.statusCode(), response.body(), parse(response));
    } catch (IOException e) {
      throw new DriverException("The target at " + uri + " cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while posting to " + uri, e);
    }
  }

  private static JsonNode parse(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      return null;
    }
  }

  /** What breaks REQ-PROVISION-001: the status, the body's schema; empty when nothing does. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (status != 201) {
      problems.add("POST " + uri + " answered status " + status + " instead of 201");
    }
    if (document == null) {
      problems.add("the body is not JSON: " + Texts.abbreviate(body, 200));
    } else {
      JsonSchemas.validate("provisioned-account", document)
          .forEach(v -> problems.add("the body breaks provisioned-account.schema.json at " + v));
    }
    return problems;
  }

  /** The account created; only meaningful when {@link #problems()} is empty. */
  public Account account() {
    return new Account(document.path("account").asText(), document.path("password").asText());
  }
}
