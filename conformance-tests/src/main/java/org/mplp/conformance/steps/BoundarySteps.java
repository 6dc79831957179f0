package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.Texts;

/**
 * Values exactly at a limit, and just past it, measured the way the spec measures them: a body's
 * length in UTF-8 bytes, so characters of several bytes tell bytes from characters (spec: Limits).
 */
public final class BoundarySteps {
  /** The euro sign: one character, three bytes in UTF-8. */
  private static final String THREE_BYTES = "\u20ac";

  private final World world;
  private final Mail mail;

  public BoundarySteps(World world, Mail mail) {
    this.world = world;
    this.mail = mail;
  }

  @When(
      "{device} sends a message of maxMessageBytes bytes in characters of three bytes to {address}")
  public void sendsLargestInWideCharacters(Device device, String to) {
    sendWide(device, world.limit("maxMessageBytes"), to);
  }

  @When(
      "{device} sends a message of maxMessageBytes plus one byte in characters of three bytes to"
          + " {address}")
  public void sendsTooLargeInWideCharacters(Device device, String to) {
    sendWide(device, world.limit("maxMessageBytes") + 1, to);
  }

  /**
   * A pause longer than a second, so that a timestamp taken now differs from one taken before it in
   * any resolution the spec allows: a repeat answered with a new sentAt shows.
   */
  @When("more than a second passes")
  public void moreThanASecond() {
    world.transcript().note("kit", "waits 1100 ms");
    try {
      Thread.sleep(1100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting a second", e);
    }
  }

  /** A body of exactly {@code bytes} UTF-8 bytes, nearly all of it three-byte characters. */
  private void sendWide(Device device, int bytes, String to) {
    String body = THREE_BYTES.repeat(bytes / 3) + "x".repeat(bytes % 3);
    String clientMessageId = mail.newClientMessageId(device);
    String text =
        device.client().writer().write(Frames.send("s-999999", clientMessageId, null, to, body));
    int frameBytes = world.limit("maxFrameBytes");
    if (Texts.utf8Length(text) > frameBytes) {
      throw Verdicts.notApplicable(
          "a send with a body of "
              + bytes
              + " bytes takes "
              + Texts.utf8Length(text)
              + " bytes, more than maxFrameBytes "
              + frameBytes);
    }
    Asked send = device.ask(id -> Frames.send(id, clientMessageId, null, to, body));
    mail.sent(device, new Mail.Sent(send.id(), clientMessageId, to, body, send.answer()));
  }
}
