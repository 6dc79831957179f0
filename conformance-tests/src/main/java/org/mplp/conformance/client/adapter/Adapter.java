package org.mplp.conformance.client.adapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An adapter file as read: the client's name, the bindings it speaks, its variables, and a command
 * line per action it has (spec: Testing a client).
 *
 * @param variables the adapter's own variables with the run's {@code --define} values applied
 */
public record Adapter(
    String client,
    Set<String> bindings,
    Map<String, String> variables,
    Map<Action, List<String>> actions,
    int timeoutSeconds) {

  public Adapter {
    bindings = Set.copyOf(bindings);
    variables = Map.copyOf(variables);
    actions = Map.copyOf(actions);
  }

  /** The command line of an action, placeholders unresolved; empty when the client lacks it. */
  public Optional<List<String>> command(Action action) {
    return Optional.ofNullable(actions.get(action));
  }

  /** The same adapter with some variables set from the command line. */
  public Adapter defining(Map<String, String> defined) {
    Map<String, String> all = new java.util.LinkedHashMap<>(variables);
    all.putAll(defined);
    return new Adapter(client, bindings, all, actions, timeoutSeconds);
  }
}
