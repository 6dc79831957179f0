package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * Where a schema-violation says the fault lies when a member is missing: at the name it should have
 * had, "/messageIds" in JSON and "/message-ack/messageId" in XML (spec: Errors, element paths). The
 * frame is a message-ack of a logged-in device, which breaks its schema and no other rule, so that
 * schema-violation is the only right code (CHOICE-ERROR-04 would allow another for a frame that
 * broke two rules, as a second hello without its versions does).
 */
public final class LocationSteps {
  private final World world;

  public LocationSteps(World world) {
    this.world = world;
  }

  @When("{device} sends a message-ack without its messageIds")
  public void ackWithoutIds(Device device) {
    device.ask(id -> Frames.frame("message-ack", id));
  }

  @Then(
      "{device}'s message-ack is refused with the error schema-violation located at its missing"
          + " messageIds")
  public void locatedAtMissingIds(Device device) {
    Asked asked = device.lastAsked("message-ack");
    List<String> accepted =
        world.run().binding() == Binding.JSON
            ? List.of("/messageIds")
            : List.of("/message-ack/messageId");
    String expected =
        asked.describe() + " to be refused with schema-violation located at " + accepted.get(0);
    ReceivedFrame error = AnswerSteps.answer(world, asked, expected);
    Expect.that(
        error.is("error")
            && "schema-violation".equals(error.code())
            && accepted.contains(error.location()),
        world,
        expected,
        "received " + error.describe());
  }
}
