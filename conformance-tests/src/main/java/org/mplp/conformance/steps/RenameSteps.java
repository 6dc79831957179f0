package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mplp.conformance.driver.WireEvent;

/** rename-device: a device gives itself or another device of its account a new label. */
public final class RenameSteps {
  private final World world;

  public RenameSteps(World world) {
    this.world = world;
  }

  @When("{device} renames {address} to {string}")
  public void renames(Device device, String address, String label) {
    Client client = device.client();
    String id = client.newId();
    client.send(client.texts().renameDevice(id, address, label));
    device.answered(client.inbox().answerTo(id, client.timeout()));
  }

  @When("{device} renames itself to {string}")
  public void renamesItself(Device device, String label) {
    renames(device, device.address(), label);
  }

  @Then("{device}'s rename is answered with ok")
  public void answeredOk(Device device) {
    String expected = "the rename-device of " + device.the() + " to be answered with ok";
    WireEvent answer = device.lastAnswer();
    if (!(answer instanceof WireEvent.Frame f)) {
      throw Receive.unexpected(world, expected, answer);
    }
    Receive.valid(f.frame());
    Expect.that(f.frame().is("ok"), world, expected, "received " + f.frame().describe());
  }

  @Then("{device}'s rename is refused with the error {word}")
  public void refused(Device device, String code) {
    String expected = "the rename-device of " + device.the() + " to be refused with " + code;
    WireEvent answer = device.lastAnswer();
    if (!(answer instanceof WireEvent.Frame f)) {
      throw Receive.unexpected(world, expected, answer);
    }
    Receive.valid(f.frame());
    Expect.that(
        f.frame().is("error") && code.equals(f.frame().code()),
        world,
        expected,
        "received " + f.frame().describe());
  }
}
