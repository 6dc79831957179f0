package org.mplp.conformance.client.steps;

import io.cucumber.java.en.Given;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.mplp.conformance.client.server.KitFile;

/** Files: those the account's PC offers the client, and those in the client's folders. */
public final class FileSetupSteps {
  private final ClientWorld world;

  public FileSetupSteps(ClientWorld world) {
    this.world = world;
  }

  @Given("the account's PC offers the client {string} of {int} bytes")
  public void offer(String name, int size) {
    offer(name, null, KitFile.content(name, size), "ask", false);
  }

  @Given("the account's PC offers the client a file named {string} in the folder {string}")
  public void offerNamed(String name, String folder) {
    String outside = world.outside().toString();
    String resolvedName = name.replace("<outside>", outside);
    String path = folder.equals("-") ? null : folder.replace("<outside>", outside);
    offer(resolvedName, path, KitFile.content(resolvedName, 3000), "ask", false);
  }

  @Given("the account's PC sends the client {string} of {int} bytes with the permission direct")
  public void sendDirect(String name, int size) {
    offer(name, null, KitFile.content(name, size), "direct", true);
  }

  @Given("the client has a file {string} of {int} bytes to offer")
  public void fileToOffer(String name, int size) throws IOException {
    world.outboxFile(name, KitFile.content("client " + name, size));
  }

  @Given("the receive folder holds a file {string} with the text {string}")
  public void existing(String name, String text) throws IOException {
    Files.writeString(world.receiveDir().resolve(name), text, StandardCharsets.UTF_8);
  }

  private void offer(String name, String path, byte[] bytes, String permission, boolean accepted) {
    KitFile file = world.script().file(name, path, bytes);
    world.lastOffer(
        world.script().offer(world.script().peer(), permission, List.of(file), accepted));
  }
}
