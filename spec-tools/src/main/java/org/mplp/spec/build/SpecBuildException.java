package org.mplp.spec.build;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at the end of a failed spec build; its message lists every fault, so Maven shows all. */
final class SpecBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<BuildFault> faults;

  SpecBuildException(List<BuildFault> faults) {
    super(describe(faults));
    this.faults = List.copyOf(faults);
  }

  List<BuildFault> faults() {
    return faults;
  }

  private static String describe(List<BuildFault> faults) {
    return faults.stream()
        .map(fault -> "  " + fault)
        .collect(
            Collectors.joining("\n", "The spec build found " + faults.size() + " fault(s):\n", ""));
  }
}
