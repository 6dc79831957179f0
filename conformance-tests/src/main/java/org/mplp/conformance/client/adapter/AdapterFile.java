package org.mplp.conformance.client.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks an adapter file; every fault is a sentence that names the member. */
public final class AdapterFile {
  static final int DEFAULT_TIMEOUT_SECONDS = 60;
  private static final Set<String> MEMBERS =
      Set.of("client", "bindings", "variables", "actions", "timeoutSeconds");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file cannot be used: exit code 2. */
  public static final class BadAdapter extends Exception {
    private static final long serialVersionUID = 1L;

    BadAdapter(String message) {
      super(message);
    }
  }

  private AdapterFile() {}

  public static Adapter read(Path file) throws BadAdapter {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new BadAdapter("cannot read the adapter " + file + ": " + e.getMessage());
    }
    return parse(root, file.toString());
  }

  static Adapter parse(JsonNode root, String name) throws BadAdapter {
    if (root == null || !root.isObject()) {
      throw new BadAdapter(name + " is not a JSON object");
    }
    for (var it = root.fieldNames(); it.hasNext(); ) {
      String member = it.next();
      if (!MEMBERS.contains(member)) {
        throw new BadAdapter(name + " has an unknown member \"" + member + "\"; known: " + MEMBERS);
      }
    }
    String client = root.path("client").asText("the client under test");
    Set<String> bindings = new LinkedHashSet<>();
    if (root.has("bindings")) {
      for (JsonNode b : array(root, "bindings", name)) {
        if (!b.isTextual() || !List.of("json", "xml").contains(b.textValue())) {
          throw new BadAdapter(name + ": bindings holds json and xml only, not " + b);
        }
        bindings.add(b.textValue());
      }
    } else {
      bindings.add("json");
    }
    Map<String, String> variables = new LinkedHashMap<>();
    JsonNode vars = root.path("variables");
    if (!vars.isMissingNode()) {
      if (!vars.isObject()) {
        throw new BadAdapter(name + ": variables is an object of strings");
      }
      for (var it = vars.fields(); it.hasNext(); ) {
        var e = it.next();
        if (!e.getValue().isTextual()) {
          throw new BadAdapter(name + ": the variable " + e.getKey() + " is not a string");
        }
        variables.put(e.getKey(), e.getValue().textValue());
      }
    }
    Map<Action, List<String>> actions = new EnumMap<>(Action.class);
    JsonNode given = root.path("actions");
    if (!given.isObject() || given.isEmpty()) {
      throw new BadAdapter(name + " has no actions: give at least \"login\"");
    }
    for (var it = given.fields(); it.hasNext(); ) {
      var e = it.next();
      Action action =
          Action.forName(e.getKey())
              .orElseThrow(
                  () ->
                      new BadAdapter(
                          name
                              + ": unknown action \""
                              + e.getKey()
                              + "\"; actions are "
                              + names()));
      List<String> command = new ArrayList<>();
      for (JsonNode arg : array(given, e.getKey(), name)) {
        if (!arg.isTextual()) {
          throw new BadAdapter(name + ": the action " + e.getKey() + " holds a non-string " + arg);
        }
        command.add(arg.textValue());
      }
      if (command.isEmpty()) {
        throw new BadAdapter(name + ": the action " + e.getKey() + " is an empty command");
      }
      actions.put(action, command);
    }
    if (!actions.containsKey(Action.LOGIN)) {
      throw new BadAdapter(name + " has no \"login\" action, which every scenario needs");
    }
    int timeout = root.path("timeoutSeconds").asInt(DEFAULT_TIMEOUT_SECONDS);
    if (timeout < 1) {
      throw new BadAdapter(name + ": timeoutSeconds is at least 1");
    }
    return new Adapter(client, bindings, variables, actions, timeout);
  }

  private static JsonNode array(JsonNode parent, String member, String name) throws BadAdapter {
    JsonNode node = parent.path(member);
    if (!node.isArray()) {
      throw new BadAdapter(name + ": " + member + " is an array");
    }
    return node;
  }

  private static List<String> names() {
    return java.util.Arrays.stream(Action.values()).map(Action::wireName).toList();
  }
}
