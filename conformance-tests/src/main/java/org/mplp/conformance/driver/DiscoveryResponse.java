package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The answer to {@code GET /.well-known/mplp}, kept raw so that scenarios can judge it. */
public record DiscoveryResponse(
    URI uri, int status, String contentType, String body, JsonNode document) {
  public static final String PATH = "/.well-known/mplp";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fetches the document; an unreachable target is a {@link DriverException}. */
  public static DiscoveryResponse fetch(URI httpBase, Duration timeout) {
    URI uri = URI.create(httpBase.toString().replaceAll("/+$", "") + PATH);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      HttpResponse<String> response =
          Http.client().send(request, HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new DiscoveryResponse(
          uri, response.statusCode(), type, response.body(), parse(response.body()));
    } catch (IOException e) {
      throw new DriverException("The target at " + uri + " cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while fetching " + uri, e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** The media type without parameters, lower case. */
  public String mediaType() {
    return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  /** Violations of discovery.schema.json; one line saying so when the body is not JSON. */
  public List<String> schemaViolations() {
    if (document == null) {
      return List.of("the body is not JSON: " + Texts.abbreviate(body, 200));
    }
    return JsonSchemas.validate("discovery", document);
  }
}
