package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/**
 * The answer steps every frame shares: the frame a device sent last of a type is answered with ok,
 * or refused with an error, each matched to it by its {@code replyTo}.
 */
public final class AnswerSteps {
  private final World world;

  public AnswerSteps(World world) {
    this.world = world;
  }

  @Then("{device}'s {frameType} is answered with ok")
  public void answeredOk(Device device, String type) {
    Asked asked = device.lastAsked(type);
    String expected = asked.describe() + " of " + device.the() + " to be answered with ok";
    ReceivedFrame answer = answer(world, asked, expected);
    Expect.frame(
        answer.is("ok"),
        world,
        expected,
        expectedAnswer("ok", asked),
        "received " + answer.describe(),
        answer.body());
  }

  @Then("{device}'s {frameType} is refused with the error {word}")
  public void refused(Device device, String type, String code) {
    refused(world, device, device.lastAsked(type), code);
  }

  static void refused(World world, Device device, Asked asked, String code) {
    String expected = asked.describe() + " of " + device.the() + " to be refused with " + code;
    ReceivedFrame answer = answer(world, asked, expected);
    Expect.frame(
        answer.is("error") && code.equals(answer.code()),
        world,
        expected,
        expectedAnswer("error", asked).put("code", code),
        "received " + answer.describe(),
        answer.body());
  }

  /** The valid frame that replies to the asked one; anything else fails the expectation. */
  static ReceivedFrame answer(World world, Asked asked, String expected) {
    if (!(asked.answer() instanceof WireEvent.Frame f)) {
      throw Receive.unexpected(world, expected, asked.answer());
    }
    Receive.valid(f.frame());
    Expect.that(
        asked.id().equals(f.frame().replyTo()),
        world,
        expected,
        "received " + f.frame().describe());
    return f.frame();
  }

  /** The members an answer of that type is judged by: its type and its replyTo. */
  private static ObjectNode expectedAnswer(String type, Asked asked) {
    return JsonNodeFactory.instance.objectNode().put("type", type).put("replyTo", asked.id());
  }
}
