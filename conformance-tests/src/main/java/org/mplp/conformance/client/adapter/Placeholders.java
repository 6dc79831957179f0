package org.mplp.conformance.client.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in an action's command line: {@code {name}} from the kit's values for the action, then from
 * the adapter's variables (which may use placeholders themselves), {@code {env:NAME}} from the
 * environment. An argument that is one placeholder alone and comes out empty is left out, so a
 * variable can stand for "no argument".
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_:.-]*)}");
  private static final int DEPTH = 4;

  /** A placeholder that nothing defines. */
  public static final class Undefined extends Exception {
    private static final long serialVersionUID = 1L;

    Undefined(String message) {
      super(message);
    }
  }

  private final Map<String, String> values;
  private final Map<String, String> variables;
  private final UnaryOperator<String> environment;

  public Placeholders(
      Map<String, String> values,
      Map<String, String> variables,
      UnaryOperator<String> environment) {
    this.values = Map.copyOf(values);
    this.variables = Map.copyOf(variables);
    this.environment = environment;
  }

  public List<String> resolve(List<String> command) throws Undefined {
    List<String> resolved = new ArrayList<>();
    for (String arg : command) {
      String value = text(arg, 0);
      boolean alone = PLACEHOLDER.matcher(arg).matches();
      if (!(alone && value.isEmpty())) {
        resolved.add(value);
      }
    }
    return resolved;
  }

  private String text(String template, int depth) throws Undefined {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), depth)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(String name, int depth) throws Undefined {
    if (name.startsWith("env:")) {
      String value = environment.apply(name.substring(4));
      if (value == null) {
        throw new Undefined("the environment variable " + name.substring(4) + " is not set");
      }
      return value;
    }
    if (values.containsKey(name)) {
      return values.get(name);
    }
    if (variables.containsKey(name)) {
      if (depth >= DEPTH) {
        throw new Undefined("the variable " + name + " refers to itself");
      }
      return text(variables.get(name), depth + 1);
    }
    throw new Undefined("the placeholder {" + name + "} is neither the kit's nor a variable");
  }
}
