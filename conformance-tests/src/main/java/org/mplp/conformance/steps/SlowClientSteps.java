package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import org.mplp.conformance.driver.RawHttp;
import org.mplp.conformance.driver.Waits;

/**
 * Clients the JDK's HTTP client cannot play: upgrades in the WebSocket drafts before RFC 6455, and
 * requests whose head or body comes too slowly (spec: Transport, Limits).
 */
public final class SlowClientSteps {
  private final World world;
  private final DataTransfers transfers;
  private RawHttp.Answer answer;
  private RawHttp.Held held;

  public SlowClientSteps(World world, DataTransfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  private RawHttp control() {
    return new RawHttp(world.run().controlChannelHttp(), world.run().timeout(), world.transcript());
  }

  private RawHttp data() {
    return new RawHttp(world.run().httpBase(), world.run().timeout(), world.transcript());
  }

  @When("a client asks for an upgrade in the WebSocket draft {word}")
  public void draftUpgrade(String draft) {
    String endpoint = world.run().discovery().path("endpoint").asText("/mplp");
    String host = world.run().target().getRawAuthority();
    String subprotocol = world.run().binding().subprotocol();
    String request =
        switch (draft) {
          case "hixie-75" ->
              "GET "
                  + endpoint
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nUpgrade: WebSocket\r\n"
                  + "Connection: Upgrade\r\nOrigin: http://"
                  + host
                  + "\r\n"
                  + "WebSocket-Protocol: "
                  + subprotocol
                  + "\r\n\r\n";
          case "hixie-76" ->
              "GET "
                  + endpoint
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nUpgrade: WebSocket\r\n"
                  + "Connection: Upgrade\r\nOrigin: http://"
                  + host
                  + "\r\n"
                  + "Sec-WebSocket-Protocol: "
                  + subprotocol
                  + "\r\n"
                  + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\n"
                  + "Sec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\n\r\n^n:ds[4U";
          case "hybi-08" ->
              "GET "
                  + endpoint
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nUpgrade: websocket\r\n"
                  + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  + "Sec-WebSocket-Origin: http://"
                  + host
                  + "\r\n"
                  + "Sec-WebSocket-Protocol: "
                  + subprotocol
                  + "\r\n"
                  + "Sec-WebSocket-Version: 8\r\n\r\n";
          default -> throw new IllegalArgumentException("no WebSocket draft called " + draft);
        };
    answer = control().exchange("a client", "an upgrade request of " + draft, request);
  }

  @Then("the upgrade is refused with HTTP status {int} and Sec-WebSocket-Version {int}")
  public void refusedWithVersion(int status, int version) {
    Expect.that(
        answer.status() == status
            && answer
                .header("Sec-WebSocket-Version")
                .map(v -> v.equals(Integer.toString(version)))
                .orElse(false),
        world,
        "HTTP status " + status + " with the header Sec-WebSocket-Version: " + version,
        "the answer was " + answer.describe());
  }

  @When("a client sends the head of a request for the discovery document one byte a second")
  public void slowHead() {
    String start =
        "GET /.well-known/mplp HTTP/1.1\r\nHost: "
            + world.run().httpBase().getRawAuthority()
            + "\r\nX-Slow: ";
    held = data().trickleHead("a slow client", start, bound("requestHeadSeconds"));
  }

  @When("{device} starts uploading the file and stops after {int} bytes")
  public void stalledUpload(Device device, int bytes) {
    DataTransfers.Accepted file = transfers.get("");
    String head =
        "PUT "
            + file.path()
            + " HTTP/1.1\r\nHost: "
            + world.run().httpBase().getRawAuthority()
            + "\r\nAuthorization: Bearer "
            + file.uploadToken()
            + "\r\nContent-Length: "
            + file.content().length
            + "\r\n\r\n";
    byte[] start = java.util.Arrays.copyOf(file.content(), bytes);
    held = data().stallBody(device.the(), head, start, bound("requestBodyIdleSeconds"));
  }

  @Then("the server closes that connection within {word}")
  public void closedWithin(String limit) {
    Expect.that(
        held.closed(),
        world,
        "the server to close the connection within " + limit + " (" + seconds(limit) + " s)",
        held.describe());
  }

  /**
   * What the kit waits: the advertised limit as a timer of the target (spec: Conventions, Time);
   * not applicable when that lies beyond what a run waits for.
   */
  private Duration bound(String limit) {
    Duration due = Duration.ofSeconds(seconds(limit));
    Waits.beyondCeiling(limit, due)
        .ifPresent(
            why -> {
              throw Verdicts.notApplicable(why);
            });
    return world.waits().forTimer(due);
  }

  private int seconds(String limit) {
    int seconds = world.run().limit(limit, -1);
    if (seconds < 0) {
      throw new IllegalStateException("the discovery document advertises no " + limit);
    }
    return seconds;
  }
}
