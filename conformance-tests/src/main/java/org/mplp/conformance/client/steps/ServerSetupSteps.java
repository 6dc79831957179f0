package org.mplp.conformance.client.steps;

import io.cucumber.java.en.Given;
import java.util.Arrays;
import org.mplp.conformance.client.server.OtherDevice;
import org.mplp.conformance.client.server.Script;

/** How the kit's server and the account's other devices behave in a scenario. */
public final class ServerSetupSteps {
  private final ClientWorld world;

  public ServerSetupSteps(ClientWorld world) {
    this.world = world;
  }

  @Given("^the account has the other devices (.+)$")
  public void otherDevices(String addresses) {
    world
        .script()
        .others(
            Arrays.stream(addresses.split(",\\s*"))
                .map(String::strip)
                .map(OtherDevice::of)
                .toList());
  }

  @Given("the server signs its login-ok with a wrong server signature")
  public void wrongSignature() {
    world.script().wrongSignature();
  }

  @Given("the server refuses every login proof with the error {word}")
  public void refuseProofs(String code) {
    world.script().refuseProofs(code);
  }

  @Given("the server ends the next session with the error session-replaced right after its login")
  public void replaceNextSession() {
    world.script().nextSession(Script.SessionEnd.REPLACED, 0);
  }

  @Given("the server goes away right after the next login, then refuses {int} attempts to connect")
  public void goAwayAfterNextLogin(int refused) {
    world.script().nextSession(Script.SessionEnd.GOING_AWAY, refused);
  }

  @Given("the server has the message {string} from the account's PC for the client")
  public void holdMessage(String body) {
    world.script().hold(world.script().peer(), body);
  }

  @Given("the server loses the client's acknowledgements")
  public void loseAcks() {
    world.script().loseAcks();
  }

  @Given("the server drops the connection when the client first sends, without answering")
  public void dropOnFirstSend() {
    world.script().dropOnFirstSend();
  }

  @Given("the server serves other bytes than the offer announced for every file")
  public void wrongBytes() {
    world.script().wrongBytes();
  }

  @Given("the server cuts the first download of each file after {int} bytes")
  public void cutDownloads(int bytes) {
    world.script().cutAfter(bytes);
  }

  @Given("the server answers a rejection with the transfer accepted and download tokens")
  public void acceptOnReject() {
    world.script().acceptOnReject();
  }

  @Given(
      "the server sends the client its settings with receive {word} and a policy of transfers"
          + " {word}")
  public void pushSettings(String receive, String transfers) {
    world.script().pushSettings(receive, transfers);
  }

  @Given("right after that, the server sends the message {string} from the account's PC")
  public void messageRightAfter(String body) {
    world.script().sendRightAfter(world.script().peer(), body);
  }

  @Given(
      "once the client has reported every file, the server sends the message {string} from the"
          + " account's PC")
  public void messageAfterResults(String body) {
    world.script().sendAfterResults(world.script().peer(), body);
  }
}
