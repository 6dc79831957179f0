package org.mplp.conformance.steps;

import io.cucumber.java.Before;
import io.cucumber.java.en.When;
import org.mplp.conformance.driver.TargetRestart;

/**
 * A crash of the target between an acknowledgement and the next login (spec: Conventions, Crashes),
 * by the user's {@code --restart-command}. Without one, what only a crash shows is reported not
 * verified, never passed.
 */
public final class CrashSteps {
  private static final String NO_COMMAND =
      "only a crash of the target shows what survives one, and the kit was given no"
          + " --restart-command to crash it with";

  private final World world;

  public CrashSteps(World world) {
    this.world = world;
  }

  /**
   * A scenario that crashes the target ends before its first step when nothing can crash it: the
   * logins and sends before the crash would judge nothing that other scenarios do not.
   */
  @Before(value = "@restart", order = Hooks.AFTER_APPLICABILITY)
  public void canCrash() {
    if (world.run().restartCommand() == null) {
      throw Verdicts.notVerified(NO_COMMAND);
    }
  }

  @When("the server crashes and starts again")
  public void crashes() {
    String command = world.run().restartCommand();
    if (command == null) {
      throw Verdicts.notVerified(NO_COMMAND);
    }
    TargetRestart.run(command, world.run().httpBase(), world.run().timeout(), world.transcript());
  }
}
