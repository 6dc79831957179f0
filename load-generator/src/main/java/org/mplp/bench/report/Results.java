package org.mplp.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one scenario run: free-form JSON plus a list of target checks, written to {@code
 * bench-results/<scenario>.json} and printed as a short table.
 */
public final class Results {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String scenario;
  private final ObjectNode root = MAPPER.createObjectNode();
  private final ArrayNode targets;
  private final List<String[]> rows = new ArrayList<>();

  public Results(String scenario, String command) {
    this.scenario = scenario;
    root.put("scenario", scenario);
    root.put("command", command);
    root.put("startedAt", Instant.now().toString());
    root.set("machine", Machine.describe());
    targets = root.putArray("targets");
  }

  public ObjectNode root() {
    return root;
  }

  /** One line of the table and of {@code targets}: what was asked, what was reached, met or not. */
  public void target(String what, String target, String reached, boolean met) {
    ObjectNode node = targets.addObject();
    node.put("what", what);
    node.put("target", target);
    node.put("reached", reached);
    node.put("met", met);
    rows.add(new String[] {what, target, reached, met ? "met" : "MISSED"});
  }

  /** A figure with no target, shown in the table for context. */
  public void figure(String what, String reached) {
    root.with("figures").put(what, reached);
    rows.add(new String[] {what, "", reached, ""});
  }

  public Path write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(scenario + ".json");
    root.put("finishedAt", Instant.now().toString());
    MAPPER.writeValue(file.toFile(), root);
    return file;
  }

  public void print(PrintStream out) {
    int[] width = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < 4; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    out.println();
    out.println("bench " + scenario);
    for (String[] row : rows) {
      out.printf(
          "  %-" + width[0] + "s  %-" + Math.max(1, width[1]) + "s  %-" + width[2] + "s  %s%n",
          row[0],
          row[1],
          row[2],
          row[3]);
    }
  }
}
