package org.mplp.conformance.client.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Adapter parse(String json) throws Exception {
    return AdapterFile.parse(JSON.readTree(json), "test.json");
  }

  @Test
  void readsActionsBindingsVariablesAndDefaults() throws Exception {
    Adapter a =
        parse(
            """
            {"client": "c", "bindings": ["json", "xml"], "variables": {"bin": "/opt/c"},
             "actions": {"login": ["{bin}", "login"], "send": ["{bin}", "send", "{body}"]}}
            """);
    assertThat(a.client()).isEqualTo("c");
    assertThat(a.bindings()).containsExactlyInAnyOrder("json", "xml");
    assertThat(a.command(Action.SEND)).contains(List.of("{bin}", "send", "{body}"));
    assertThat(a.command(Action.OFFER)).isEmpty();
    assertThat(a.timeoutSeconds()).isEqualTo(AdapterFile.DEFAULT_TIMEOUT_SECONDS);
    assertThat(a.defining(Map.of("bin", "/usr/c")).variables()).containsEntry("bin", "/usr/c");
    assertThat(parse("{\"actions\": {\"login\": [\"x\"]}}").bindings()).containsExactly("json");
  }

  @Test
  void refusesWhatItCannotUseWithTheMemberNamed() {
    assertThatThrownBy(() -> parse("{\"actions\": {\"send\": [\"x\"]}}"))
        .hasMessageContaining("\"login\"");
    assertThatThrownBy(() -> parse("{\"actions\": {\"login\": [\"x\"], \"fly\": [\"y\"]}}"))
        .hasMessageContaining("unknown action \"fly\"");
    assertThatThrownBy(() -> parse("{\"action\": {}}")).hasMessageContaining("unknown member");
    assertThatThrownBy(() -> parse("{\"bindings\": [\"yaml\"], \"actions\": {\"login\": [\"x\"]}}"))
        .hasMessageContaining("bindings");
    assertThatThrownBy(() -> parse("{\"actions\": {\"login\": []}}"))
        .hasMessageContaining("empty command");
  }

  @Test
  void theReferenceClientsAdapterReads() throws Exception {
    Path file = Path.of("..", "reference-client", "conformance-adapter.json");
    Adapter a = AdapterFile.read(file);
    for (Action action : Action.values()) {
      assertThat(a.command(action)).as(action.wireName()).isPresent();
    }
    assertThat(a.bindings()).containsExactlyInAnyOrder("json", "xml");
  }
}
