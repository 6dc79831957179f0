package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.Upgrade;

/** Opening WebSocket connections, offering subprotocols, and the opening exchange. */
public final class UpgradeSteps {
  private static final String UNKNOWN = "mplp.0.unknown";
  private final World world;

  public UpgradeSteps(World world) {
    this.world = world;
  }

  @Given("a client connected with the negotiated binding")
  public void connected() {
    connect("first");
  }

  @Given("a client that has completed the opening exchange")
  public void opened() {
    Sessions.hello(world, connect("first"));
  }

  @Given("two clients that have completed the opening exchange")
  public void twoOpened() {
    Sessions.hello(world, connect("first"));
    Sessions.hello(world, connect("second"));
  }

  @Then("a new client can complete the opening exchange")
  public void newClient() {
    Sessions.hello(world, connect("third"));
  }

  @When("a client upgrades at the endpoint once for each subprotocol the document lists")
  public void upgradeForEachListed() {
    String endpoint = world.discovery().document().path("endpoint").asText("/");
    for (var binding : world.discovery().document().path("bindings")) {
      String subprotocol = binding.path("subprotocol").asText();
      world.upgradeAt(world.run().onTarget(endpoint), subprotocol, List.of(subprotocol));
    }
  }

  @Then("every upgrade is accepted")
  public void everyAccepted() {
    Expect.that(!world.upgrades().isEmpty(), world, "at least one listed subprotocol", "none");
    for (Upgrade u : world.upgrades()) {
      Expect.that(
          u.accepted(),
          world,
          "an upgrade offering " + u.offered() + " to be accepted",
          u.describe());
    }
  }

  @When("a client upgrades offering an unknown subprotocol first and the negotiated one second")
  public void offerUnknownThenNegotiated() {
    world.upgrade("first", List.of(UNKNOWN, negotiated()));
  }

  @Then("the upgrade response names the negotiated subprotocol")
  public void namesNegotiated() {
    Upgrade u = last();
    Expect.that(
        u.accepted() && negotiated().equals(u.connection().subprotocol()),
        world,
        "the upgrade response to name " + negotiated() + " in Sec-WebSocket-Protocol",
        u.describe());
  }

  @When("a client upgrades offering only the subprotocol {word}")
  public void offerOnly(String subprotocol) {
    world.upgrade("first", List.of(subprotocol));
  }

  @When("a client upgrades offering no subprotocol")
  public void offerNone() {
    world.upgrade("first", List.of());
  }

  @Then("the upgrade is refused with HTTP status {int}")
  public void refusedWith(int status) {
    Upgrade u = last();
    Expect.that(
        !u.accepted() && u.refusedStatus() == status,
        world,
        "an upgrade offering " + u.offered() + " to be refused with HTTP status " + status,
        u.describe());
  }

  private Client connect(String name) {
    Upgrade u = world.upgrade(name, List.of(negotiated()));
    Expect.that(
        u.accepted(),
        "REQ-TRANSPORT-004",
        "an upgrade offering " + negotiated() + " at " + world.run().target() + " to be accepted",
        u.describe());
    return world.addClient(name, u.connection());
  }

  private String negotiated() {
    return world.run().binding().subprotocol();
  }

  private Upgrade last() {
    return world.upgrades().get(world.upgrades().size() - 1);
  }
}
