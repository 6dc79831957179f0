package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import java.util.function.UnaryOperator;
import org.mplp.conformance.driver.WireEvent;

/**
 * The receive permissions a scenario sets before an offer (S61 to S63): the recipient's own, and
 * the policy the primary device sets for it. Setup steps: what they answer is checked only so far
 * as the offer after them depends on it.
 */
public final class PermissionSteps {
  private final World world;
  private final Transfers transfers;

  public PermissionSteps(World world, Transfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  @Given("{device} has set its own receive permission to {word}")
  public void setsReceive(Device device, String receive) {
    expect(device, "settings", "set-receive", id -> transfers.texts().setReceive(id, receive));
  }

  @Given("{device} has set the policy of {address} to transfers {word}")
  public void setsPolicy(Device primary, String device, String permission) {
    expect(
        primary,
        "ok",
        "set-policy",
        id -> transfers.texts().setPolicy(id, device, permission, "accept", null));
  }

  @Given("{device} has capped the files of {address} at {long} bytes")
  public void capsFiles(Device primary, String device, long maxFileBytes) {
    expect(
        primary,
        "ok",
        "set-policy",
        id -> transfers.texts().setPolicy(id, device, "direct", "accept", maxFileBytes));
  }

  private void expect(Device device, String answerType, String kind, UnaryOperator<String> text) {
    Client client = device.client();
    String id = client.newId();
    client.send(text.apply(id));
    WireEvent answer = client.inbox().answerTo(id, client.timeout());
    if (!(answer instanceof WireEvent.Frame f
        && f.frame().is(answerType)
        && id.equals(f.frame().replyTo()))) {
      throw Receive.unexpected(
          world,
          "the " + kind + " " + id + " of " + device.the() + " answered with " + answerType,
          answer);
    }
  }
}
