package org.mplp.spec.build;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Comment;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Every scenario under the features folder with its tags, read with the Gherkin parser. */
final class ScenarioIndex {

  static final String REQUIREMENT_TAG = "@REQ-";

  /** A requirement tag as written, with its place, so an unknown id can be pointed at. */
  record RequirementTag(String name, String where) {}

  /** A comment that quotes a requirement's sentence, joined across its wrapped lines. */
  record RequirementQuote(String id, String text, String where) {}

  /** {@code # REQ-LOGIN-001: A server MUST ...}, the way a scenario opens. */
  private static final Pattern QUOTE_START =
      Pattern.compile("^\\s*#\\s*(REQ-[A-Z]+-[0-9]{3}):\\s*(.*)$");

  /** A feature file: relative to the features folder for the matrix, in full for messages. */
  private record Place(String relative, String shown) {}

  private final List<Scenario> scenarios = new ArrayList<>();
  private final List<RequirementTag> requirementTags = new ArrayList<>();
  private final List<RequirementQuote> quotes = new ArrayList<>();
  private final List<BuildFault> faults = new ArrayList<>();

  private ScenarioIndex() {}

  static ScenarioIndex read(Path featuresDir) throws IOException {
    ScenarioIndex index = new ScenarioIndex();
    if (!Files.isDirectory(featuresDir)) {
      index.faults.add(BuildFault.general("no features folder at " + featuresDir));
      return index;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(featuresDir)) {
      files = walk.filter(f -> f.toString().endsWith(".feature")).sorted().toList();
    }
    GherkinParser parser =
        GherkinParser.builder()
            .includeSource(false)
            .includePickles(false)
            .includeGherkinDocument(true)
            .build();
    for (Path file : files) {
      String relative = featuresDir.relativize(file).toString().replace('\\', '/');
      String shown = file.toAbsolutePath().normalize().toString();
      try (Stream<Envelope> envelopes = parser.parse(file)) {
        envelopes.forEach(envelope -> index.add(envelope, new Place(relative, shown)));
      }
    }
    return index;
  }

  List<Scenario> scenarios() {
    return List.copyOf(scenarios);
  }

  List<RequirementTag> requirementTags() {
    return List.copyOf(requirementTags);
  }

  List<RequirementQuote> quotes() {
    return List.copyOf(quotes);
  }

  List<BuildFault> faults() {
    return List.copyOf(faults);
  }

  private void add(Envelope envelope, Place feature) {
    envelope
        .getParseError()
        .ifPresent(
            error ->
                faults.add(
                    BuildFault.at(
                        feature.shown(),
                        error.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(0),
                        "Gherkin: " + error.getMessage())));
    envelope
        .getGherkinDocument()
        .ifPresent(
            document -> {
              addQuotes(document.getComments(), feature);
              document.getFeature().ifPresent(f -> addFeature(f, feature));
            });
  }

  /**
   * A quote starts at a {@code # REQ-...:} comment and goes on over the comment lines right below
   * it, until a blank line, another quote, or a parenthesised remark.
   */
  private void addQuotes(List<Comment> comments, Place file) {
    String id = null;
    StringBuilder text = null;
    int startLine = 0;
    int lastLine = -1;
    for (Comment comment : comments) {
      int line = comment.getLocation().getLine().intValue();
      String body = comment.getText().strip().replaceFirst("^#\\s*", "");
      Matcher start = QUOTE_START.matcher(comment.getText());
      boolean continues = id != null && line == lastLine + 1 && !body.startsWith("(");
      if (start.matches()) {
        flushQuote(id, text, file, startLine);
        id = start.group(1);
        text = new StringBuilder(start.group(2).strip());
        startLine = line;
      } else if (continues) {
        text.append(' ').append(body);
      } else {
        flushQuote(id, text, file, startLine);
        id = null;
      }
      lastLine = line;
    }
    flushQuote(id, text, file, startLine);
  }

  private void flushQuote(String id, StringBuilder text, Place file, int line) {
    if (id != null) {
      quotes.add(new RequirementQuote(id, text.toString().strip(), file.shown() + ":" + line));
    }
  }

  private void addFeature(Feature feature, Place file) {
    Set<String> featureTags = tags(feature.getTags(), file, Set.of());
    for (FeatureChild child : feature.getChildren()) {
      child.getScenario().ifPresent(s -> addScenario(s, file, featureTags));
      child.getRule().ifPresent(rule -> addRule(rule, file, featureTags));
    }
  }

  private void addRule(Rule rule, Place file, Set<String> inherited) {
    Set<String> ruleTags = tags(rule.getTags(), file, inherited);
    for (RuleChild child : rule.getChildren()) {
      child.getScenario().ifPresent(s -> addScenario(s, file, ruleTags));
    }
  }

  private void addScenario(
      io.cucumber.messages.types.Scenario scenario, Place file, Set<String> inherited) {
    Set<String> all = tags(scenario.getTags(), file, inherited);
    // Tags on an Examples block apply to its rows, that is to the outline they belong to.
    for (Examples examples : scenario.getExamples()) {
      all.addAll(tags(examples.getTags(), file, Set.of()));
    }
    scenarios.add(
        new Scenario(
            file.relative(), scenario.getLocation().getLine().intValue(), scenario.getName(), all));
  }

  private Set<String> tags(List<Tag> tags, Place file, Set<String> inherited) {
    Set<String> all = new HashSet<>(inherited);
    for (Tag tag : tags) {
      all.add(tag.getName());
      if (tag.getName().startsWith(REQUIREMENT_TAG)) {
        requirementTags.add(
            new RequirementTag(tag.getName(), file.shown() + ":" + tag.getLocation().getLine()));
      }
    }
    return all;
  }
}
