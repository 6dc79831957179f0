package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import org.mplp.conformance.driver.Frames;

/** rename-device: a device gives itself or another device of its account a new label. */
public final class RenameSteps {
  @When("{device} renames {address} to {string}")
  public void renames(Device device, String address, String label) {
    device.ask(id -> Frames.renameDevice(id, address, label));
  }

  @When("{device} renames itself to {string}")
  public void renamesItself(Device device, String label) {
    renames(device, device.address(), label);
  }
}
