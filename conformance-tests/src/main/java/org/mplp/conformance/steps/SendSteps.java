package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.Frames;

/** What clients send: frames by name, hellos with versions, binary messages, silence. */
public final class SendSteps {
  private final World world;

  public SendSteps(World world) {
    this.world = world;
  }

  @When("{actor} sends {frame}")
  public void sends(Client client, FrameKind frame) {
    client.send(frame.text(client.writer(), client.newId()));
  }

  @When("{actor} sends {frame} with id {word}")
  public void sendsWithId(Client client, FrameKind frame, String id) {
    client.send(frame.text(client.writer(), id));
  }

  @When("{actor} sends {frame} as its first frame")
  public void sendsFirst(Client client, FrameKind frame) {
    firstFrame(client);
    sends(client, frame);
  }

  @When("{actor} sends {frame} with id {word} as its first frame")
  public void sendsFirstWithId(Client client, FrameKind frame, String id) {
    firstFrame(client);
    sendsWithId(client, frame, id);
  }

  @When("{actor} sends a hello offering version(s) {versions}")
  public void hello(Client client, List<String> versions) {
    client.send(Frames.hello(client.newId(), versions));
  }

  @When("{actor} sends a hello with id {word} offering version(s) {versions}")
  public void helloWithId(Client client, String id, List<String> versions) {
    client.send(Frames.hello(id, versions));
  }

  @When("{actor} sends a binary message")
  public void binary(Client client) {
    client.connection().sendBinary(new byte[] {0x6d, 0x70, 0x6c, 0x70});
  }

  @When("{actor} sends nothing after the upgrade")
  public void silence(Client client) {
    world.transcript().note(client.name(), "stays silent");
  }

  private static void firstFrame(Client client) {
    if (client.sentCount() != 0) {
      throw new IllegalStateException("the scenario already sent a frame on " + client.name());
    }
  }
}
