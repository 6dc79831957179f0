package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import org.mplp.conformance.driver.FrameSchemas;
import org.mplp.conformance.driver.Frames;

/**
 * Sending a frame that carries nothing but its type and id, named as its schema names it: such a
 * frame needs no builder and no step of its own, and its answer is judged by the answer steps.
 */
public final class BareRequestSteps {

  @When("{device} sends a {frameType}")
  public void sends(Device device, String type) {
    if (!FrameSchemas.spec().isBareRequest(type)) {
      throw new IllegalStateException(
          "The scenario sends a bare " + type + ", whose schema requires more than type and id");
    }
    device.ask(id -> Frames.frame(type, id));
  }
}
