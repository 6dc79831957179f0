package org.mplp.conformance.runner;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenarios the kit carries, read with the Gherkin parser before anything runs: for --list, for
 * a tag expression that selects nothing, and for the number of test accounts a run needs.
 */
final class ScenarioCatalog {

  /**
   * One scenario (one example row of an outline), as the runner's listener names it.
   *
   * @param location feature resource and line, e.g. {@code features/login/lockout.feature:9}
   * @param tags every tag that applies, inherited ones included, each with its {@code @}
   * @param accounts the test accounts its steps take
   */
  record Entry(String location, String feature, String name, List<String> tags, int accounts) {
    List<String> requirements() {
      return tags.stream().filter(t -> t.startsWith("@REQ-")).map(t -> t.substring(1)).toList();
    }

    boolean serial() {
      return tags.contains(ScenarioLauncher.SERIAL);
    }
  }

  private final List<Entry> entries;

  private ScenarioCatalog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  List<Entry> entries() {
    return entries;
  }

  /** The scenarios a tag expression selects (all for null or blank). */
  List<Entry> select(String tags) {
    if (tags == null || tags.isBlank()) {
      return entries;
    }
    Expression expression = TagExpressionParser.parse(tags);
    return entries.stream().filter(e -> expression.evaluate(e.tags())).toList();
  }

  /** The scenarios packaged under {@link ScenarioLauncher#FEATURES} on the class path. */
  static ScenarioCatalog load() {
    URL url = ScenarioCatalog.class.getClassLoader().getResource(ScenarioLauncher.FEATURES);
    if (url == null) {
      throw new IllegalStateException(
          "this kit carries no scenarios (no "
              + ScenarioLauncher.FEATURES
              + "/ on its class path)");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        URI jar = URI.create(uri.toString().substring(0, uri.toString().indexOf("!/")));
        // Closed again at once: the JUnit Platform opens the same jar as a file system later,
        // and fails when one is still open.
        try (FileSystem files = FileSystems.newFileSystem(jar, Map.of())) {
          return read(files.getPath("/" + ScenarioLauncher.FEATURES));
        } catch (FileSystemAlreadyExistsException e) {
          return read(FileSystems.getFileSystem(jar).getPath("/" + ScenarioLauncher.FEATURES));
        }
      }
      return read(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged scenarios", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read the packaged scenarios at " + url, e);
    }
  }

  static ScenarioCatalog read(Path featuresDir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(featuresDir)) {
      files = walk.filter(f -> f.toString().endsWith(".feature")).sorted().toList();
    }
    GherkinParser parser =
        GherkinParser.builder()
            .includeSource(false)
            .includeGherkinDocument(true)
            .includePickles(true)
            .build();
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      String resource =
          ScenarioLauncher.FEATURES
              + "/"
              + featuresDir.relativize(file).toString().replace('\\', '/');
      byte[] text = Files.readAllBytes(file);
      Map<String, Integer> lines = new HashMap<>();
      String[] feature = {""};
      List<Pickle> pickles = new ArrayList<>();
      try (Stream<Envelope> envelopes = parser.parse(resource, text)) {
        envelopes.forEach(
            e -> {
              e.getGherkinDocument().ifPresent(d -> feature[0] = index(d, lines));
              e.getPickle().ifPresent(pickles::add);
            });
      }
      for (Pickle p : pickles) {
        String lastNode = p.getAstNodeIds().get(p.getAstNodeIds().size() - 1);
        List<String> tags = p.getTags().stream().map(PickleTag::getName).sorted().toList();
        entries.add(
            new Entry(
                resource + ":" + lines.getOrDefault(lastNode, 0),
                feature[0],
                p.getName(),
                tags,
                AccountNeeds.of(p)));
      }
    }
    return new ScenarioCatalog(entries);
  }

  /** Maps the ids of scenarios and example rows to their lines; returns the feature's name. */
  private static String index(GherkinDocument document, Map<String, Integer> lines) {
    Feature feature = document.getFeature().orElse(null);
    if (feature == null) {
      return "";
    }
    List<Scenario> scenarios = new ArrayList<>();
    feature
        .getChildren()
        .forEach(
            c -> {
              c.getScenario().ifPresent(scenarios::add);
              c.getRule()
                  .ifPresent(
                      r ->
                          r.getChildren()
                              .forEach(rc -> rc.getScenario().ifPresent(scenarios::add)));
            });
    for (Scenario s : scenarios) {
      lines.put(s.getId(), s.getLocation().getLine().intValue());
      s.getExamples()
          .forEach(
              ex -> {
                for (TableRow row : ex.getTableBody()) {
                  lines.put(row.getId(), row.getLocation().getLine().intValue());
                }
              });
    }
    return feature.getName();
  }
}
