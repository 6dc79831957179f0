package org.mplp.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** report.json: the run for machines, per scenario and per requirement. */
final class JsonReportWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReportWriter() {}

  static void write(RunReport report, Path file) throws IOException {
    JSON.writeValue(file.toFile(), tree(report));
  }

  static ObjectNode tree(RunReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("target", report.target());
    root.put("httpBase", report.httpBase());
    root.put("started", report.started().toString());
    root.put("millis", report.millis());
    root.put("conformant", report.conformant());
    report.bindings().forEach(root.putArray("bindings")::add);
    ObjectNode summary = root.putObject("summary");
    counts(summary.putObject("all"), report.counts(null));
    for (String binding : report.resultBindings()) {
      counts(summary.putObject(binding), report.counts(binding));
    }
    ArrayNode scenarios = root.putArray("scenarios");
    for (ScenarioResult s : report.scenarios()) {
      ObjectNode n = scenarios.addObject();
      n.put("name", s.name());
      n.put("feature", s.feature());
      n.put("location", s.location());
      s.tags().forEach(n.putArray("tags")::add);
      n.put("binding", s.binding());
      n.put("verdict", s.verdict().wireName());
      n.put("message", s.message());
      n.put("millis", s.millis());
      if (s.expected()) {
        n.put("expectedFailure", s.expectedFailure());
        n.put("expectedFailurePassed", s.expectedFailurePassed());
      }
    }
    ArrayNode requirements = root.putArray("requirements");
    for (RequirementResult r : report.requirements()) {
      ObjectNode n = requirements.addObject();
      n.put("id", r.requirement().id());
      n.put("level", r.requirement().level());
      n.put("section", r.requirement().section());
      n.put("text", r.requirement().text());
      r.requirement().embodiment().forEach(n.putArray("embodiment")::add);
      n.put("verdict", r.verdict().wireName());
      n.put("scenarios", r.scenarios());
    }
    report.notes().forEach(root.putArray("notes")::add);
    return root;
  }

  private static void counts(ObjectNode into, Map<Verdict, Integer> counts) {
    counts.forEach((verdict, n) -> into.put(verdict.wireName(), n));
  }
}
