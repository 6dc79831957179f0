package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * Where a schema-violation says the fault lies when a member is missing: at the name it should have
 * had, "/versions" in JSON and "/hello/version" in XML (spec: Errors, element paths).
 */
public final class LocationSteps {
  private final World world;

  public LocationSteps(World world) {
    this.world = world;
  }

  @When("{actor} sends a hello without its versions")
  public void helloWithoutVersions(Client client) {
    client.send(client.writer().write(Frames.frame("hello", client.newId())));
  }

  @Then("it receives the error schema-violation located at the hello's missing versions")
  public void locatedAtMissingVersions() {
    Client client = world.client("it");
    ReceivedFrame error = Receive.error(world, client, "the error schema-violation");
    List<String> accepted =
        world.run().binding() == Binding.JSON ? List.of("/versions") : List.of("/hello/version");
    Expect.that(
        "schema-violation".equals(error.code()) && accepted.contains(error.location()),
        world,
        "the error schema-violation located at " + accepted.get(0),
        "received " + error.describe());
  }
}
