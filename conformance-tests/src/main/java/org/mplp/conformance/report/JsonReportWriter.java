package org.mplp.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * report.json: the run for machines, per scenario and per requirement, with what the HTML shows for
 * each failure (differences, whole transcripts, earlier attempts). Its shape is {@link #SCHEMA}.
 */
public final class JsonReportWriter {
  /** The JSON Schema of report.json, on the class path (and in the kit jar). */
  public static final String SCHEMA = "org/mplp/conformance/report/report.schema.json";

  /** Bumped when a member changes meaning or goes; new members do not bump it. */
  static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReportWriter() {}

  static void write(RunReport report, Path file) throws IOException {
    JSON.writeValue(file.toFile(), tree(report));
  }

  static ObjectNode tree(RunReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("target", report.target());
    root.put("httpBase", report.httpBase());
    context(root, report.context());
    root.put("started", report.started().toString());
    root.put("millis", report.millis());
    root.put("conformant", report.conformant());
    root.put("headline", report.headline());
    report.bindings().forEach(root.putArray("bindings")::add);
    ObjectNode summary = root.putObject("summary");
    counts(summary.putObject("all"), report.counts(null));
    for (String binding : report.resultBindings()) {
      counts(summary.putObject(binding), report.counts(binding));
    }
    ObjectNode areas = root.putObject("areas");
    report.areas().forEach(a -> counts(areas.putObject(a), report.areaCounts(a)));
    ArrayNode scenarios = root.putArray("scenarios");
    report.scenarios().forEach(s -> scenario(scenarios.addObject(), s));
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
    if (report.context().failOnNotRun()) {
      report.notRun().forEach(root.putArray("notRun")::add);
    }
    return root;
  }

  private static void context(ObjectNode root, RunContext c) {
    ObjectNode kit = root.putObject("kit");
    kit.put("version", c.kit().version());
    kit.put("specVersion", c.kit().specVersion());
    kit.put("jarSha256", c.kit().jarSha256());
    if (c.implementation() != null) {
      ObjectNode impl = root.putObject("implementation");
      impl.put("name", c.implementation().name());
      impl.put("version", c.implementation().version());
    }
    ObjectNode run = root.putObject("run");
    if (c.tags() != null) {
      run.put("tags", c.tags());
    }
    run.put("failOnNotRun", c.failOnNotRun());
    run.put("parallel", c.parallel().asked());
    run.put("scenariosAtOnce", c.parallel().atOnce());
    if (c.parallel().capped()) {
      run.put("cappedBy", c.parallel().cappedBy());
    }
    run.put("accountsNeeded", c.accountsNeeded());
  }

  private static void scenario(ObjectNode n, ScenarioResult s) {
    n.put("name", s.name());
    n.put("feature", s.feature());
    n.put("location", s.location());
    n.put("area", s.area());
    n.put("level", s.level());
    s.tags().forEach(n.putArray("tags")::add);
    s.requirements().forEach(n.putArray("requirements")::add);
    n.put("binding", s.binding());
    n.put("verdict", s.verdict().wireName());
    n.put("message", s.message());
    n.put("millis", s.millis());
    n.put("accountsTaken", s.accountsTaken());
    if (s.expected()) {
      ObjectNode e = n.putObject("expectedFailure");
      e.put("reason", s.expectedFailure().reason());
      if (s.expectedFailure().link() != null) {
        e.put("link", s.expectedFailure().link());
      }
      if (s.expectedFailure().expires() != null) {
        e.put("expires", s.expectedFailure().expires().toString());
      }
      e.put("passed", s.expectedFailurePassed());
    }
    if (s.detailed()) {
      n.put("transcript", s.transcript());
    }
    if (s.mismatch() != null) {
      ObjectNode m = n.putObject("mismatch");
      m.set("expected", s.mismatch().expected());
      m.set("actual", s.mismatch().actual());
      ArrayNode diff = m.putArray("differences");
      for (FrameDiff.Difference d : s.mismatch().differences()) {
        ObjectNode row = diff.addObject();
        row.put("path", d.path());
        row.put("kind", d.kind());
        if (d.expected() != null) {
          row.set("expected", d.expected());
        }
        if (d.actual() != null) {
          row.set("actual", d.actual());
        }
      }
    }
    if (!s.earlier().isEmpty()) {
      ArrayNode attempts = n.putArray("earlierAttempts");
      for (Attempt a : s.earlier()) {
        ObjectNode o = attempts.addObject();
        o.put("verdict", a.verdict().wireName());
        o.put("message", a.message());
        o.put("transcript", a.transcript());
        o.put("millis", a.millis());
      }
    }
  }

  private static void counts(ObjectNode into, Map<Verdict, Integer> counts) {
    counts.forEach((verdict, n) -> into.put(verdict.wireName(), n));
  }
}
