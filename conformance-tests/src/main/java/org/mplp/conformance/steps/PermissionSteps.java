package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import java.util.function.Function;
import org.mplp.conformance.driver.Frames;

/**
 * The receive permissions a scenario sets before an offer (S61 to S63): the recipient's own, and
 * the policy the primary device sets for it. Setup steps: what they answer is checked only so far
 * as the offer after them depends on it.
 */
public final class PermissionSteps {
  private final World world;

  public PermissionSteps(World world) {
    this.world = world;
  }

  @Given("{device} has set its own receive permission to {word}")
  public void setsReceive(Device device, String receive) {
    expect(device, "settings", id -> Frames.setReceive(id, receive));
  }

  @Given("{device} has set the policy of {address} to transfers {word}")
  public void setsPolicy(Device primary, String device, String permission) {
    expect(primary, "ok", id -> Frames.setPolicy(id, device, permission, "accept", null));
  }

  @Given("{device} has capped the files of {address} at {long} bytes")
  public void capsFiles(Device primary, String device, long maxFileBytes) {
    expect(primary, "ok", id -> Frames.setPolicy(id, device, "direct", "accept", maxFileBytes));
  }

  private void expect(Device device, String answerType, Function<String, ObjectNode> frame) {
    Asked asked = device.ask(frame);
    if (asked.reply(answerType) == null) {
      throw Receive.unexpected(
          world,
          asked.describe() + " of " + device.the() + " answered with " + answerType,
          asked.answer());
    }
  }
}
