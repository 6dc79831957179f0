package org.mplp.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of the kit in-process, against a target the test started, and what its report.json says:
 * the exit code, the output, the verdict of each requirement and each scenario.
 */
record KitRun(int exitCode, String output, JsonNode report) {

  static KitRun of(Path reportDir, String... args) throws IOException {
    StringWriter out = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--report", reportDir.toString()));
    all.addAll(List.of(args));
    int code =
        ConformanceMain.execute(
            new PrintWriter(out, true), new PrintWriter(out, true), all.toArray(String[]::new));
    JsonNode report = new ObjectMapper().readTree(reportDir.resolve("report.json").toFile());
    return new KitRun(code, out.toString(), report);
  }

  /** The verdict of each requirement that a scenario checked, by id. */
  Map<String, String> requirements() {
    Map<String, String> verdicts = new TreeMap<>();
    for (JsonNode r : report.path("requirements")) {
      verdicts.put(r.path("id").asText(), r.path("verdict").asText());
    }
    return verdicts;
  }

  /** The scenarios with that verdict, as "name [binding]: message". */
  List<String> scenarios(String verdict) {
    List<String> found = new ArrayList<>();
    for (JsonNode s : report.path("scenarios")) {
      if (s.path("verdict").asText().equals(verdict)) {
        found.add(
            s.path("name").asText()
                + " ["
                + s.path("binding").asText()
                + "]: "
                + s.path("message").asText());
      }
    }
    return found;
  }

  /** How many scenarios ended with that verdict. */
  int count(String verdict) {
    return scenarios(verdict).size();
  }
}
