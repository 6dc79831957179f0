package org.mplp.conformance.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mplp.conformance.driver.AccountPool;
import org.mplp.conformance.driver.Applicability;
import org.mplp.conformance.driver.Binding;

/**
 * The checks that stop a run before any scenario, each with a sentence that says what to do: a
 * selection of no scenario, and too few test accounts for the scenarios selected. (Discovery, TLS
 * and the binding are checked by {@link ConformanceRun} as it fetches the discovery document.)
 */
final class Preflight {
  /** The tag of a scenario that crashes the target with the --restart-command. */
  static final String RESTART = "@restart";

  private Preflight() {}

  /** The selected scenarios, or the reason to stop: a tag expression that selects none. */
  static List<ScenarioCatalog.Entry> selection(ScenarioCatalog catalog, String tags) {
    List<ScenarioCatalog.Entry> selected = catalog.select(tags);
    if (selected.isEmpty()) {
      throw new IllegalArgumentException(
          "--tags '"
              + tags
              + "' selects none of the kit's "
              + catalog.entries().size()
              + " scenarios; check the tag's spelling (tags look like @REQ-LOGIN-004, @must,"
              + " @should, @S21, @profile-core) and see what there is with --list");
    }
    return selected;
  }

  /**
   * The test accounts the selected scenarios take in each binding where they apply; those that
   * crash the target take none when the kit cannot crash it ({@code crashes} false), as they end
   * before their first step.
   */
  static Map<Binding, Integer> accountsNeeded(
      List<ScenarioCatalog.Entry> selected,
      List<Binding> bindings,
      Set<String> profiles,
      boolean crashes) {
    Map<Binding, Integer> needed = new LinkedHashMap<>();
    for (Binding binding : bindings) {
      int n = 0;
      for (ScenarioCatalog.Entry e : selected) {
        boolean runs = crashes || !e.tags().contains(RESTART);
        if (runs && Applicability.reasonNotApplicable(e.tags(), binding, profiles).isEmpty()) {
          n += e.accounts();
        }
      }
      needed.put(binding, n);
    }
    return needed;
  }

  static int total(Map<Binding, Integer> needed) {
    return needed.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Stops a run that cannot get the accounts it needs, with what to do about it. */
  static void requireAccounts(
      Map<Binding, Integer> needed, int scenarios, Set<String> profiles, AccountPool pool)
      throws ConformanceRun.BadConfiguration {
    int total = total(needed);
    if (profiles.contains("provisioning") || total == 0) {
      return;
    }
    String need =
        "the "
            + scenarios
            + " selected scenarios need "
            + total
            + (total == 1 ? " test account (" : " test accounts (")
            + String.join(
                ", ",
                needed.entrySet().stream()
                    .map(e -> e.getValue() + " in " + e.getKey().wireName())
                    .toList())
            + ")";
    if (pool == null) {
      throw new ConformanceRun.BadConfiguration(
          "The target does not claim the provisioning profile and no --accounts file was given,"
              + " but "
              + need
              + ". Create that many accounts on the target and list them in a file for --accounts"
              + " FILE, or run against a test deployment with provisioning on.");
    }
    if (pool.size() < total) {
      throw new ConformanceRun.BadConfiguration(
          "--accounts "
              + pool.origin()
              + " lists "
              + pool.size()
              + " accounts, but "
              + need
              + ". Add "
              + (total - pool.size())
              + " more to the file, or select fewer scenarios with --tags or --binding.");
    }
  }
}
