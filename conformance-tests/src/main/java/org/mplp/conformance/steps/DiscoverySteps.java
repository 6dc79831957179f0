package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.DiscoveryResponse;

/** Fetching and judging the discovery document. */
public final class DiscoverySteps {
  private final World world;

  public DiscoverySteps(World world) {
    this.world = world;
  }

  @When("a client fetches the discovery document from the control channel's host and port")
  public void fetchFromControlChannel() {
    world.discovery(
        DiscoveryResponse.fetch(world.run().controlChannelHttp(), world.run().timeout()));
  }

  @When("a client fetches the discovery document")
  public void fetch() {
    world.discovery(DiscoveryResponse.fetch(world.run().httpBase(), world.run().timeout()));
  }

  @Given("the discovery document of the server")
  public void theDocument() {
    fetch();
    DiscoveryResponse d = world.discovery();
    Expect.that(
        d.status() == 200 && d.document() != null && d.document().isObject(),
        "REQ-TRANSPORT-002",
        "a discovery document at " + d.uri(),
        "the answer had status " + d.status() + " and body " + abbreviated(d));
  }

  @Then("the answer has status {int} and media type {word}")
  public void statusAndMediaType(int status, String mediaType) {
    DiscoveryResponse d = world.discovery();
    Expect.that(
        d.status() == status && d.mediaType().equals(mediaType),
        world,
        "GET " + d.uri() + " to answer " + status + " with media type " + mediaType,
        "it answered " + d.status() + " with Content-Type '" + d.contentType() + "'");
  }

  @Then("the document validates against discovery.schema.json")
  public void validates() {
    List<String> violations = world.discovery().schemaViolations();
    Expect.that(
        violations.isEmpty(),
        world,
        "the discovery document to validate against discovery.schema.json",
        "it breaks it: " + String.join("; ", violations));
  }

  @Then("the document lists the binding {word} with subprotocol {word}")
  public void listsBinding(String name, String subprotocol) {
    DiscoveryResponse d = world.discovery();
    boolean listed = false;
    if (d.document() != null) {
      for (var binding : d.document().path("bindings")) {
        listed |=
            name.equals(binding.path("name").asText())
                && subprotocol.equals(binding.path("subprotocol").asText());
      }
    }
    Expect.that(
        listed,
        world,
        "the discovery document to list the binding " + name + " with subprotocol " + subprotocol,
        "its bindings are "
            + (d.document() == null ? "unreadable" : d.document().path("bindings")));
  }

  @Then("the document's maxFrameBytes is at least six times its maxMessageBytes, plus 1024")
  public void frameFitsMessage() {
    long frame = advertised("maxFrameBytes");
    long message = advertised("maxMessageBytes");
    Expect.that(
        frame >= 6 * message + 1024,
        world,
        "a maxFrameBytes of at least 6 × " + message + " + 1024 = " + (6 * message + 1024),
        "the document advertises maxFrameBytes " + frame);
  }

  @Then("the document's spoolQuotaBytes is at least its maxFileBytes")
  public void spoolFitsFile() {
    long spool = advertised("spoolQuotaBytes");
    long file = advertised("maxFileBytes");
    Expect.that(
        spool >= file,
        world,
        "a spoolQuotaBytes of at least maxFileBytes " + file,
        "the document advertises spoolQuotaBytes " + spool);
  }

  @Then("the document's maxTransferBytes lies between its maxFileBytes and its spoolQuotaBytes")
  public void transferBetweenFileAndSpool() {
    long transfer = advertised("maxTransferBytes");
    long file = advertised("maxFileBytes");
    long spool = advertised("spoolQuotaBytes");
    Expect.that(
        file <= transfer && transfer <= spool,
        world,
        "a maxTransferBytes of at least maxFileBytes "
            + file
            + " and at most spoolQuotaBytes "
            + spool,
        "the document advertises maxTransferBytes " + transfer);
  }

  private long advertised(String limit) {
    DiscoveryResponse d = world.discovery();
    var value = d.document() == null ? null : d.document().path("limits").path(limit);
    Expect.that(
        value != null && value.canConvertToLong(),
        "REQ-TRANSPORT-002",
        "the discovery document to advertise " + limit,
        "it has " + (value == null ? "no readable document" : value));
    return value.asLong();
  }

  private static String abbreviated(DiscoveryResponse d) {
    return org.mplp.conformance.driver.Texts.abbreviate(d.body(), 200);
  }
}
