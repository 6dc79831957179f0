package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.Role;

/** The profile provisioning (spec: Provisioning profile), on and off. */
class ProvisioningTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  private static HttpResponse<String> post(LiveServer live, String path) throws Exception {
    return WsTestClient.HTTP.send(
        HttpRequest.newBuilder(live.server.httpBase().resolve(path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode discovery(LiveServer live) throws Exception {
    URI uri = live.server.discoveryUri();
    return MAPPER.readTree(
        WsTestClient.HTTP
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private LiveServer start(boolean provisioning) throws Exception {
    return LiveServer.start(
        ServerConfig.defaults()
            .withPort(0)
            .withDataDir(temp.resolve(provisioning ? "on" : "off"))
            .withProvisioning(provisioning));
  }

  @Test
  void whenOnAPostCreatesAnAccountThatLogsInAtOnce() throws Exception {
    try (LiveServer live = start(true)) {
      assertThat(discovery(live).get("profiles").toString()).isEqualTo("[\"provisioning\"]");

      HttpResponse<String> response = post(live, "/provisioning/accounts");
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.headers().firstValue("content-type")).contains("application/json");
      assertThat(response.headers().firstValue("cache-control")).contains("no-store");
      JsonNode document = MAPPER.readTree(response.body());
      var schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(
                  SchemaLocation.of(
                      "classpath:org/mplp/spec/json/provisioned-account.schema.json"));
      assertThat(schema.validate(document)).isEmpty();
      String account = document.get("account").asText();
      assertThat(account).doesNotContain("-");

      LoginOk ok =
          ScramLogin.ok(
              ScramLogin.withPassword(
                  live.open(),
                  account,
                  document.get("password").asText(),
                  ScramLogin.terminal("WEB", "browser")));
      assertThat(ok.self().address()).isEqualTo(account + "-WEB-1");
      assertThat(ok.self().role()).isEqualTo(Role.PRIMARY);

      JsonNode another = MAPPER.readTree(post(live, "/provisioning/accounts").body());
      assertThat(another.get("account").asText()).isNotEqualTo(account);
      assertThat(another.get("password").asText()).isNotEqualTo(document.get("password").asText());

      HttpResponse<String> get =
          WsTestClient.HTTP.send(
              HttpRequest.newBuilder(live.server.httpBase().resolve("/provisioning/accounts"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(get.statusCode()).isEqualTo(405);
      assertThat(get.headers().firstValue("allow")).contains("POST");
    }
  }

  @Test
  void whenOffThereIsNoSuchResourceAndNoSuchProfile() throws Exception {
    try (LiveServer live = start(false)) {
      assertThat(discovery(live).get("profiles").size()).isZero();
      assertThat(post(live, "/provisioning/accounts").statusCode()).isEqualTo(404);
    }
  }
}
