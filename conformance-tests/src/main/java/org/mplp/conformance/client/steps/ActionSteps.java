package org.mplp.conformance.client.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.Map;
import org.mplp.conformance.client.adapter.Action;
import org.mplp.conformance.client.adapter.ActionRun;

/** What the client under test is made to do, through its adapter. */
public final class ActionSteps {
  private final ClientWorld world;

  public ActionSteps(ClientWorld world) {
    this.world = world;
  }

  @Given("the client is registered as a device of the account")
  public void registered() {
    ActionRun login = world.act(Action.LOGIN, Map.of());
    Verdicts.check(
        login.succeeded() && !world.script().clientDevices().isEmpty(),
        world,
        "the client to log in with the account's password as the scenario begins",
        "its login action ended "
            + (login.timedOut() ? "only when stopped" : "with exit " + login.exitCode()));
  }

  @When("the client logs in with the account's password")
  public void login() {
    world.act(Action.LOGIN, Map.of());
  }

  @When("the client lists its devices")
  public void devices() {
    world.act(Action.DEVICES, Map.of());
  }

  @When("the client shows what arrives until {int} message(s)")
  public void receive(int count) {
    world.act(Action.RECEIVE, Map.of("count", String.valueOf(count)));
  }

  @When("the client sends {string} to the account's PC")
  public void send(String body) {
    world.act(Action.SEND, Map.of("to", world.script().peer(), "body", body));
  }

  @When("the client accepts the offer")
  public void accept() {
    world.act(Action.ACCEPT, Map.of("transferId", world.lastOffer().id()));
  }

  @When("the client rejects the offer")
  public void reject() {
    world.act(Action.REJECT, Map.of("transferId", world.lastOffer().id()));
  }

  @When("the client offers {string} to the account's PC with the permission {word}")
  public void offer(String name, String permission) {
    world.act(
        Action.OFFER,
        Map.of(
            "to",
            world.script().peer(),
            "path",
            world.outboxFile(name).toString(),
            "permission",
            permission));
  }
}
