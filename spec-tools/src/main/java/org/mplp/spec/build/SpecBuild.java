package org.mplp.spec.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.asciidoctor.ast.Document;

/**
 * The spec build, run by Maven before the tests: field tables from the schemas, requirements from
 * the prose, the registry, the scenario gate, the traceability matrix, and the HTML. Any fault
 * fails it, after every step has had its say, so one run lists every fault.
 */
public final class SpecBuild {

  private final SpecRenderer renderer;

  SpecBuild(SpecRenderer renderer) {
    this.renderer = renderer;
  }

  public static void main(String[] args) throws IOException {
    SpecBuildOptions options = SpecBuildOptions.parse(args);
    long start = System.nanoTime();
    Summary summary;
    try (SpecRenderer renderer = SpecRenderer.boot()) {
      summary = new SpecBuild(renderer).run(options);
    }
    System.out.printf(
        "spec build: %s (%.1f s)%n", summary, (System.nanoTime() - start) / 1_000_000_000.0);
  }

  /** What a successful build counted, for its one line of output. */
  record Summary(List<Requirement> requirements, List<Choice> choices, int scenarios) {

    long count(Level... levels) {
      return requirements.stream().filter(r -> List.of(levels).contains(r.level())).count();
    }

    @Override
    public String toString() {
      long decided = choices.stream().filter(c -> c.status() == Choice.Status.DECIDED).count();
      return String.format(
          "%d requirements (%d MUST, %d SHOULD, %d MAY), %d choices (%d decided, %d open),"
              + " %d scenarios, 0 untested MUST",
          requirements.size(),
          count(Level.MUST, Level.MUST_NOT),
          count(Level.SHOULD, Level.SHOULD_NOT),
          count(Level.MAY),
          choices.size(),
          decided,
          choices.size() - decided,
          scenarios);
    }
  }

  /** Runs every step; throws {@link SpecBuildException} listing all faults if there are any. */
  Summary run(SpecBuildOptions options) throws IOException {
    List<BuildFault> faults = new ArrayList<>();
    faults.addAll(
        FieldTableWriter.writeAll(
            options.schemas().resolve("json"), options.generated().resolve("fields")));
    ErrorCodeTableWriter.writeIfPresent(options.schemas(), options.generated());
    TraceabilityWriter.writePlaceholder(options.generated());
    if (!Files.isRegularFile(options.index())) {
      faults.add(BuildFault.general("no spec prose: " + options.index() + " does not exist"));
      throw new SpecBuildException(faults);
    }

    Document document = renderer.load(options.index(), options.generated(), options.html());
    faults.addAll(renderer.drainLog());
    RequirementExtractor.Extraction extraction = RequirementExtractor.extract(document);
    faults.addAll(extraction.faults());
    List<Requirement> requirements = extraction.requirements();
    faults.addAll(ChoiceCheck.check(requirements, extraction.choices()));
    RegistryWriter.write(options.registry(), requirements, extraction.choices());

    ScenarioIndex scenarios = ScenarioIndex.read(options.features());
    faults.addAll(scenarios.faults());
    faults.addAll(TraceabilityGate.check(requirements, scenarios, options.features().toString()));
    faults.addAll(QuoteCheck.check(requirements, scenarios));
    UntestedReasons untested = UntestedReasons.read(options.features());
    faults.addAll(untested.check(requirements, testedIds(scenarios.scenarios())));
    TraceabilityWriter.write(
        options.generated(), requirements, extraction.choices(), scenarios.scenarios(), untested);

    renderer.render(options.index(), options.generated(), options.html());
    faults.addAll(renderer.drainLog());
    if (!faults.isEmpty()) {
      // The load and the render log the same problem twice; list it once.
      throw new SpecBuildException(List.copyOf(new LinkedHashSet<>(faults)));
    }
    return new Summary(requirements, extraction.choices(), scenarios.scenarios().size());
  }

  /** The requirement ids that some scenario checks. */
  private static Set<String> testedIds(List<Scenario> scenarios) {
    Set<String> ids = new HashSet<>();
    for (Scenario scenario : scenarios) {
      for (String tag : scenario.tags()) {
        if (tag.startsWith(ScenarioIndex.REQUIREMENT_TAG)) {
          ids.add(tag.substring(1));
        }
      }
    }
    return ids;
  }
}
