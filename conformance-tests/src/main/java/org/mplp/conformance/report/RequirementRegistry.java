package org.mplp.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.SpecResources;

/** Reads the requirement registry the spec build writes into the spec jar. */
public final class RequirementRegistry {
  private RequirementRegistry() {}

  /** The registry on the classpath; a clear exception when the spec jar lacks it. */
  public static List<Requirement> load() {
    return parse(SpecResources.read(SpecResources.REGISTRY));
  }

  static List<Requirement> parse(byte[] json) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      List<Requirement> requirements = new ArrayList<>();
      for (JsonNode r : root.path("requirements")) {
        List<String> embodiment = new ArrayList<>();
        r.path("embodiment").forEach(e -> embodiment.add(e.asText()));
        requirements.add(
            new Requirement(
                r.path("id").asText(),
                r.path("level").asText(),
                r.path("section").asText(),
                r.path("text").asText(),
                embodiment,
                r.path("party").asText(Requirement.SERVER)));
      }
      if (requirements.isEmpty()) {
        throw new IllegalStateException("The requirement registry lists no requirements");
      }
      return requirements;
    } catch (IOException e) {
      throw new IllegalStateException("The requirement registry is not valid JSON: " + e, e);
    }
  }
}
