package org.mplp.spec.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a SHOULD or MAY has no scenario, from {@value #FILE} in the features folder: one line per
 * requirement, {@code REQ-AREA-NNN: reason}. The traceability appendix shows each reason; the build
 * fails when an untested SHOULD or MAY has none, or a line names a requirement that has a scenario
 * or that the spec does not have, so that the list stays true as scenarios are added.
 */
final class UntestedReasons {
  static final String FILE = "untested.txt";

  private static final Pattern LINE = Pattern.compile("^(REQ-[A-Z]+-[0-9]{3}):\\s+(\\S.*)$");

  private final Map<String, String> reasons;
  private final Map<String, String> where;
  private final List<BuildFault> faults;

  private UntestedReasons(
      Map<String, String> reasons, Map<String, String> where, List<BuildFault> faults) {
    this.reasons = reasons;
    this.where = where;
    this.faults = faults;
  }

  static UntestedReasons none() {
    return new UntestedReasons(Map.of(), Map.of(), List.of());
  }

  /** The reasons of the folder's {@value #FILE}; none when it has no such file. */
  static UntestedReasons read(Path featuresDir) throws IOException {
    Path file = featuresDir.resolve(FILE);
    Map<String, String> reasons = new LinkedHashMap<>();
    Map<String, String> where = new LinkedHashMap<>();
    List<BuildFault> faults = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return new UntestedReasons(reasons, where, faults);
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String place = file + ":" + (i + 1);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        faults.add(new BuildFault(place, "expected 'REQ-AREA-NNN: reason', found: " + line));
      } else if (reasons.putIfAbsent(m.group(1), m.group(2)) != null) {
        faults.add(new BuildFault(place, m.group(1) + " has a reason twice"));
      } else {
        where.put(m.group(1), place);
      }
    }
    return new UntestedReasons(reasons, where, faults);
  }

  /** Why the requirement has no scenario, or null. */
  String reason(String id) {
    return reasons.get(id);
  }

  /**
   * The file's own faults, an untested SHOULD or MAY without a reason, and a reason for a
   * requirement that has a scenario or does not exist.
   */
  List<BuildFault> check(List<Requirement> requirements, Set<String> tested) {
    List<BuildFault> all = new ArrayList<>(faults);
    for (Requirement r : requirements) {
      if (!r.level().needsScenario() && !tested.contains(r.id()) && !reasons.containsKey(r.id())) {
        all.add(
            new BuildFault(
                r.where(),
                r.id()
                    + " ("
                    + r.level().keyword()
                    + ") has no scenario and no line in "
                    + FILE
                    + " saying why the kit does not judge it"));
      }
    }
    Set<String> known = requirements.stream().map(Requirement::id).collect(Collectors.toSet());
    for (Map.Entry<String, String> e : where.entrySet()) {
      if (!known.contains(e.getKey())) {
        all.add(new BuildFault(e.getValue(), e.getKey() + " names no requirement of the spec"));
      } else if (tested.contains(e.getKey())) {
        all.add(
            new BuildFault(
                e.getValue(), e.getKey() + " has a scenario now: remove its line from " + FILE));
      }
    }
    return all;
  }
}
