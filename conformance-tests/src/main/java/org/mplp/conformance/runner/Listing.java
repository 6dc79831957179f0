package org.mplp.conformance.runner;

import java.io.PrintWriter;
import java.util.List;

/** --list: the selected scenarios, with their requirement ids and the accounts they take. */
final class Listing {
  private Listing() {}

  static void print(List<ScenarioCatalog.Entry> selected, PrintWriter out) {
    int accounts = 0;
    for (ScenarioCatalog.Entry e : selected) {
      accounts += e.accounts();
      out.printf(
          "%-46s %s  %s  [%d account%s%s]%n",
          e.location(),
          String.join(" ", e.requirements()),
          e.name(),
          e.accounts(),
          e.accounts() == 1 ? "" : "s",
          e.serial() ? ", runs alone" : "");
    }
    out.printf(
        "%d scenarios; %d test accounts per binding where all apply (a target with the"
            + " provisioning profile creates them itself)%n",
        selected.size(), accounts);
    out.flush();
  }
}
