package org.mplp.conformance.driver;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a scenario applies to the target in the binding under test, judged from its tags. A
 * scenario that does not apply is reported "not applicable", never failed.
 */
public final class Applicability {
  public static final String PREFIX = "not applicable: ";

  /** What the kit could not observe, such as durability without a way to crash the target. */
  public static final String NOT_VERIFIED = "not verified: ";

  private Applicability() {}

  /** Why the scenario does not apply, or empty when it does. */
  public static Optional<String> reasonNotApplicable(
      Collection<String> tags, Binding binding, Set<String> profiles) {
    for (String tag : tags) {
      String t = tag.startsWith("@") ? tag.substring(1) : tag;
      if (t.startsWith("binding-")) {
        String only = t.substring("binding-".length());
        if (!only.equals(binding.wireName())) {
          return Optional.of(
              PREFIX + "the scenario is for the " + only + " binding only, this run is " + binding);
        }
      } else if (t.startsWith("profile-")) {
        String profile = t.substring("profile-".length());
        if (!profile.equals("core") && !profiles.contains(profile)) {
          return Optional.of(
              PREFIX + "the target's discovery document does not claim profile " + profile);
        }
      }
    }
    return Optional.empty();
  }
}
