package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.mplp.conformance.driver.Applicability;
import org.mplp.conformance.driver.DiscoveryResponse;
import org.opentest4j.TestAbortedException;

/** Whether a target that others reach over a network speaks only TLS (spec: Transport security). */
public final class TransportSecuritySteps {
  private final World world;

  public TransportSecuritySteps(World world) {
    this.world = world;
  }

  @Given("the target is reached beyond the loopback interface")
  public void beyondLoopback() {
    String host = world.run().target().getHost();
    boolean loopback;
    try {
      loopback = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new org.mplp.conformance.driver.DriverException("cannot resolve " + host, e);
    }
    if (loopback) {
      throw new TestAbortedException(
          Applicability.PREFIX
              + "the target is on the loopback interface ("
              + host
              + "), where plaintext is allowed; the kit cannot see whether it is reachable from"
              + " elsewhere");
    }
  }

  @Then("its control channel is a wss URL")
  public void wss() {
    URI target = world.run().target();
    Expect.that(
        "wss".equalsIgnoreCase(target.getScheme()),
        world,
        "a target reached over a network to speak TLS (a wss:// control channel)",
        "the control channel is " + target);
  }

  @Then("its port serves no discovery document over plaintext HTTP")
  public void noPlaintext() throws InterruptedException {
    URI target = world.run().target();
    URI plain = URI.create("http://" + target.getRawAuthority() + DiscoveryResponse.PATH);
    int status;
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(world.run().timeout()).build();
      HttpRequest request =
          HttpRequest.newBuilder(plain).timeout(world.run().timeout()).GET().build();
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      world.transcript().note("kit", "GET " + plain + " over plaintext failed: " + e);
      return; // no plaintext answer at all: only TLS is spoken there
    }
    world.transcript().note("kit", "GET " + plain + " over plaintext -> " + status);
    Expect.that(
        status != 200,
        world,
        "no discovery document over plaintext HTTP at " + plain,
        "it was served with status 200");
  }
}
