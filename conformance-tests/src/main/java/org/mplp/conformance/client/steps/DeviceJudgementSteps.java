package org.mplp.conformance.client.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import org.mplp.conformance.client.adapter.ActionRun;
import org.mplp.conformance.client.server.OtherDevice;

/** What the client showed of the account's devices (S11, S12, S31 to S33). */
public final class DeviceJudgementSteps {
  private final ClientWorld world;

  public DeviceJudgementSteps(ClientWorld world) {
    this.world = world;
  }

  @Then("the client's output names every other device of the account")
  public void namesEveryDevice() {
    String output = lastOutput();
    List<String> missing =
        world.script().others().stream()
            .map(OtherDevice::address)
            .filter(a -> !output.contains(a))
            .toList();
    Verdicts.check(
        missing.isEmpty(), world, "every other device with its address", "it left out " + missing);
  }

  @Then("the client's output shows the group {string}")
  public void group(String name) {
    Verdicts.check(
        lastOutput().contains(name),
        world,
        "the group \"" + name + "\" for " + world.script().others().size() + " other devices",
        "it printed: " + lastOutput().strip());
  }

  private String lastOutput() {
    return world.lastAction().map(ActionRun::stdout).orElse("");
  }
}
