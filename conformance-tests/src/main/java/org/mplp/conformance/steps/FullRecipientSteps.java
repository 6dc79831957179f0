package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.Waits;

/**
 * A recipient's queue on the server filled up to maxPendingMessages (spec: Messages, REQ-MSG-007),
 * from as many devices of the account as it may register, so that thousands fill in seconds.
 */
public final class FullRecipientSteps {
  /** The most sends the kit makes to fill one queue. */
  static final int MOST_SENDS = 20_000;

  private final World world;

  public FullRecipientSteps(World world) {
    this.world = world;
  }

  @When(
      "{device} and more devices of {account} send {device} maxPendingMessages messages between"
          + " them")
  public void fill(Device first, String account, Device recipient) {
    int pending = world.limit("maxPendingMessages");
    int count = Senders.available(world, account, Senders.MOST);
    double seconds = pending / Senders.perSecond(world, count);
    if (pending > MOST_SENDS || seconds > Waits.CEILING.toSeconds()) {
      throw Verdicts.notVerified(
          "filling a queue of maxPendingMessages "
              + pending
              + " at maxFramesPerSecond "
              + world.limit("maxFramesPerSecond")
              + " from "
              + count
              + " devices would take "
              + Math.round(seconds)
              + " s; the kit spends at most "
              + Waits.CEILING.toSeconds()
              + " s and "
              + MOST_SENDS
              + " sends on it");
    }
    List<Device> senders = Senders.enlist(world, first, account, count);
    String problem = Senders.sendAll(senders, recipient.address(), pending, n -> "Waiting " + n);
    Expect.that(
        problem == null,
        world,
        "each of the "
            + pending
            + " sends that fill the queue of "
            + recipient.the()
            + " up to maxPendingMessages to be answered with message-accepted",
        problem);
    world.transcript().note("kit", pending + " messages wait for " + recipient.the());
  }
}
