package org.mplp.spec.build;

import java.util.Set;

/**
 * One scenario (or scenario outline) of a feature file, with every tag that applies to it: its own
 * and those of its feature, rule and examples.
 *
 * @param feature the feature file's path relative to the features folder, with forward slashes
 */
record Scenario(String feature, int line, String name, Set<String> tags) {

  Scenario {
    tags = Set.copyOf(tags);
  }

  boolean checks(String requirementId) {
    return tags.contains("@" + requirementId);
  }
}
