package org.mplp.conformance.client.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.io.IOException;
import java.util.List;
import org.mplp.conformance.client.server.ConnectionLog;
import org.mplp.conformance.client.server.FrameLog;
import org.mplp.conformance.driver.Applicability;
import org.mplp.conformance.driver.ClientFrameReader;
import org.mplp.conformance.driver.Transcripts;
import org.opentest4j.TestAbortedException;

/**
 * Around every client scenario: skip a binding the client does not speak, start the kit's server;
 * afterwards check every frame the client sent and keep the transcript.
 */
public final class ClientHooks {
  private static final String HELLO_FIRST = "REQ-OPEN-101";

  private final ClientWorld world;

  public ClientHooks(ClientWorld world) {
    this.world = world;
  }

  @Before
  public void begin(Scenario scenario) throws InterruptedException, IOException {
    String binding = world.run().binding().wireName();
    if (!world.run().adapter().bindings().contains(binding)) {
      throw new TestAbortedException(
          Applicability.PREFIX + "the adapter does not list the " + binding + " binding");
    }
    List<String> ids =
        scenario.getSourceTagNames().stream()
            .filter(t -> t.startsWith("@REQ-"))
            .map(t -> t.substring(1))
            .toList();
    world.begin(ids);
  }

  /** REQ-OPEN-101 and REQ-TRANSPORT-101 hold on every connection, also where no step looked. */
  @After(order = 20)
  public void everyFrameWasValid() {
    if (world.server() == null) {
      return;
    }
    for (ConnectionLog c : world.server().recording().connections()) {
      List<FrameLog> sent = c.fromClient();
      if (!sent.isEmpty() && !sent.get(0).is("hello")) {
        throw new AssertionError(
            Verdicts.sentence(
                List.of(HELLO_FIRST),
                "hello as the client's first frame on connection " + c.number(),
                "it sent " + sent.get(0).text()));
      }
      for (FrameLog f : sent) {
        if (!f.read().valid()) {
          throw new AssertionError(
              Verdicts.sentence(
                  List.of(ClientFrameReader.VALID_CLIENT_FRAME),
                  "every frame the client sent to be valid",
                  "on connection "
                      + c.number()
                      + " it sent "
                      + f.text()
                      + ": "
                      + f.read().violations()));
        }
      }
    }
  }

  @After(order = 10)
  public void closeAndKeepTheTranscript(Scenario scenario) {
    world.close();
    Transcripts.put(scenario.getUri(), scenario.getLine(), world.transcript());
  }
}
