package org.mplp.conformance.runner;

import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTableRow;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many test accounts a scenario takes, read from its steps the way the step definitions read
 * them: every account letter its steps name ("account B", "&lt;account B&gt;-PC-1"), account A for
 * a device named without an account ("the PC") or a client that logs in, unless the scenario speaks
 * of an account the server does not have, less the accounts the scenario creates itself through
 * provisioning. KitAgainstReferenceServerTest checks, scenario by scenario, that no scenario takes
 * more than this.
 */
final class AccountNeeds {
  private static final Pattern NAMED = Pattern.compile("\\baccount ([A-Z])\\b");
  private static final Pattern PLACEHOLDER = Pattern.compile("<account(?: ([A-Z]))?>");
  private static final Pattern PROVISIONED =
      Pattern.compile("^account ([A-Z]) is created through provisioning$");

  /** A device phrase that names no account, so it is a device of account A. */
  private static final Pattern DEVICE_OF_A =
      Pattern.compile(
          "\\b(?:an?|the) (?:(?:first|second|third|fourth) )?"
              + "(?:PC|phone|TV|web browser|tablet|device of type X[A-Z0-9]{1,7})\\b"
              + "(?!'s? of account| of account)");

  private static final Pattern LOGS_IN = Pattern.compile("\\blogged in\\b|\\blogs in\\b");

  /**
   * A scenario whose unnamed device speaks for an account that does not exist takes none for it.
   */
  private static final String NO_ACCOUNT = "an account the server does not have";

  private AccountNeeds() {}

  static int of(Pickle pickle) {
    Set<String> named = new TreeSet<>();
    Set<String> provisioned = new TreeSet<>();
    boolean unknownAccount =
        pickle.getSteps().stream().anyMatch(step -> step.getText().contains(NO_ACCOUNT));
    for (PickleStep step : pickle.getSteps()) {
      StringBuilder text = new StringBuilder(step.getText());
      step.getArgument()
          .flatMap(a -> a.getDataTable())
          .ifPresent(
              t -> {
                for (PickleTableRow row : t.getRows()) {
                  row.getCells().forEach(c -> text.append(' ').append(c.getValue()));
                }
              });
      step.getArgument()
          .flatMap(a -> a.getDocString())
          .ifPresent(d -> text.append(' ').append(d.getContent()));
      Matcher p = PROVISIONED.matcher(step.getText());
      if (p.matches()) {
        provisioned.add(p.group(1));
        continue;
      }
      collect(text.toString(), named, unknownAccount);
    }
    named.removeAll(provisioned);
    return named.size();
  }

  private static void collect(String text, Set<String> letters, boolean unknownAccount) {
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      letters.add(m.group(1));
    }
    m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      letters.add(m.group(1) == null ? "A" : m.group(1));
    }
    if (unknownAccount) {
      return; // its unnamed device speaks for the account that does not exist
    }
    if (DEVICE_OF_A.matcher(text).find() || LOGS_IN.matcher(text).find()) {
      letters.add("A");
    }
  }
}
