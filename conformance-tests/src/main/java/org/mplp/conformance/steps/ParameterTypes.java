package org.mplp.conformance.steps;

import io.cucumber.java.ParameterType;
import java.util.List;
import org.mplp.conformance.driver.FrameSchemas;

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
      "a set-receive whose receive is the number 1e99999|an accept-offer whose file index has"
          + " 31 digits|a hello that breaks its schema in its second version|a hello with members"
          + " of a later version|a ping with members of a later version|a JSON object whose type"
          + " is not a"
          + " string|a hello offering no version it speaks|a ping with an internal DOCTYPE|a"
          + " JSON object without a type|a hello that breaks its schema|a frame of an unknown"
          + " type|a ping with an external DTD|text that is not well-formed|an error frame|a"
          + " JSON array|a rename-device|a list-devices|a welcome|a logout|a hello|a ping|a pong")
  public FrameKind frame(String phrase) {
    return FrameKind.of(phrase);
  }

  /** The type of a frame a client sends, as its schema names it: "offer", "rename-device". */
  @ParameterType("[a-z]+(?:-[a-z]+)*")
  public String frameType(String type) {
    if (!FrameSchemas.spec().clientTypes().contains(type)) {
      throw new IllegalArgumentException("no frame a client sends is called " + type);
    }
    return type;
  }

  /** A device, by the words of the patent's embodiments: "the PC", "a phone of account B". */
  @ParameterType(DeviceName.PHRASE)
  public Device device(String phrase) {
    return world.device(DeviceName.parse(phrase, "A"));
  }

  /** Devices of one account, as in "a PC, a phone and a TV"; the step names the account. */
  @ParameterType(DeviceName.PHRASE + "(?:(?:, | and )" + DeviceName.PHRASE + ")*")
  public List<String> devices(String list) {
    return List.of(list.split(", | and "));
  }

  /** "account A": the scenario's account of that letter. */
  @ParameterType("account ([A-Z])")
  public String account(String letter) {
    return letter;
  }

  /** A device address with the scenario's account in it: "<account>-MP-1", "<account B>-PC-1". */
  @ParameterType(ADDRESS)
  public String address(String text) {
    return world.resolve(text);
  }

  @ParameterType(ADDRESS + "(?:(?:, | and )" + ADDRESS + ")*")
  public List<String> addresses(String list) {
    return List.of(world.resolve(list).split(", | and "));
  }

  private static final String ADDRESS = "<account(?: [A-Z])?>-[A-Z0-9]+-[0-9]+";

  /** A part of a file: "a third", "half", "two thirds". */
  @ParameterType(Portion.PHRASE)
  public Portion portion(String words) {
    return Portion.of(words);
  }

  @ParameterType("[0-9]+\\.[0-9]+(?:(?:, | and )[0-9]+\\.[0-9]+)*")
  public List<String> versions(String list) {
    return List.of(list.split(", | and "));
  }
}
