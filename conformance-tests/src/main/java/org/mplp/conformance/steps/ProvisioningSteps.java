package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.ProvisioningResponse;

/** The provisioning profile: test accounts created over HTTP. */
public final class ProvisioningSteps {
  private final World world;
  private final List<ProvisioningResponse> answers = new ArrayList<>();

  public ProvisioningSteps(World world) {
    this.world = world;
  }

  @When("the kit asks for a new account through provisioning, twice")
  public void askTwice() {
    for (int i = 0; i < 2; i++) {
      ProvisioningResponse r =
          ProvisioningResponse.post(world.run().controlChannelHttp(), world.run().timeout());
      // the body holds a password: the transcript names the account only
      world
          .transcript()
          .note(
              "http",
              "POST "
                  + r.uri()
                  + " -> "
                  + r.status()
                  + " "
                  + (r.document() == null ? "(no JSON)" : r.document().path("account")));
      answers.add(r);
    }
  }

  @Then("both answers have status 201 and validate against provisioned-account.schema.json")
  public void bothValid() {
    for (ProvisioningResponse r : answers) {
      Expect.that(
          r.problems().isEmpty(),
          world,
          "POST " + ProvisioningResponse.PATH + " to answer 201 with a provisioned-account",
          String.join("; ", r.problems()));
    }
  }

  @Then("the two accounts and the two passwords differ")
  public void differ() {
    var first = answers.get(0).account();
    var second = answers.get(1).account();
    Expect.that(
        !first.name().equals(second.name()) && !first.password().equals(second.password()),
        world,
        "two requests to create two new accounts, each with its own random password",
        "they gave "
            + first
            + " and "
            + second
            + (first.password().equals(second.password()) ? " with the same password" : ""));
  }
}
