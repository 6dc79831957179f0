package org.mplp.conformance.steps;

import io.cucumber.java.ParameterType;
import java.util.List;

/** The words steps share: who acts, which frame, which versions. */
public final class ParameterTypes {
  private final World world;

  public ParameterTypes(World world) {
    this.world = world;
  }

  @ParameterType("it|the first client|the second client")
  public Client actor(String phrase) {
    return world.client(phrase);
  }

  /** Every phrase of {@link FrameKind}, longest first so that no phrase hides a longer one. */
  @ParameterType(
      "a hello that breaks its schema in its second version|a JSON object whose type is not a"
          + " string|a hello offering no version it speaks|a ping with an internal DOCTYPE|a"
          + " JSON object without a type|a hello that breaks its schema|a frame of an unknown"
          + " type|a ping with an external DTD|text that is not well-formed|an error frame|a"
          + " JSON array|a welcome|a hello|a ping|a pong")
  public FrameKind frame(String phrase) {
    return FrameKind.of(phrase);
  }

  @ParameterType("[0-9]+\\.[0-9]+(?:(?:, | and )[0-9]+\\.[0-9]+)*")
  public List<String> versions(String list) {
    return List.of(list.split(", | and "));
  }
}
