package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import org.mplp.conformance.driver.TargetRestart;

/**
 * A crash of the target between an acknowledgement and the next login (spec: Conventions, Crashes),
 * by the user's {@code --restart-command}. Without one, what only a crash shows is reported not
 * verified, never passed.
 */
public final class CrashSteps {
  private final World world;

  public CrashSteps(World world) {
    this.world = world;
  }

  @When("the server crashes and starts again")
  public void crashes() {
    String command = world.run().restartCommand();
    if (command == null) {
      throw Verdicts.notVerified(
          "only a crash of the target shows what survives one, and the kit was given no"
              + " --restart-command to crash it with");
    }
    TargetRestart.run(command, world.run().httpBase(), world.run().timeout(), world.transcript());
  }
}
