package org.mplp.conformance.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mplp.conformance.report.ScenarioResult;

/**
 * A vendor's known gaps: one per line, a requirement id or a scenario name, then two spaces or a
 * tab, then the reason. Lines starting with # are comments. Every line needs a reason.
 */
final class ExpectedFailures {
  private static final Pattern LINE = Pattern.compile("^(\\S.*?)(?:\\t+|\\s{2,})(\\S.*)$");

  private final Map<String, String> reasons;
  private final Set<String> used = new LinkedHashSet<>();

  private ExpectedFailures(Map<String, String> reasons) {
    this.reasons = reasons;
  }

  static ExpectedFailures none() {
    return new ExpectedFailures(Map.of());
  }

  static ExpectedFailures read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  static ExpectedFailures parse(List<String> lines, String origin) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            origin
                + " line "
                + (i + 1)
                + ": expected a requirement id or scenario name, two spaces or a tab, and a"
                + " reason; got: "
                + line);
      }
      reasons.put(m.group(1).strip(), m.group(2).strip());
    }
    return new ExpectedFailures(reasons);
  }

  /** The result marked with the reason of the first entry that names it or its requirements. */
  ScenarioResult apply(ScenarioResult result) {
    List<String> keys = new ArrayList<>();
    keys.add(result.name());
    keys.addAll(result.requirements());
    for (String key : keys) {
      String reason = reasons.get(key);
      if (reason != null) {
        used.add(key);
        return result.withExpectedFailure(reason);
      }
    }
    return result;
  }

  /** Entries that matched no scenario that ran: probably a typo or a renamed scenario. */
  List<String> unused() {
    return reasons.keySet().stream().filter(k -> !used.contains(k)).toList();
  }
}
