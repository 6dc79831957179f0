package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Waits;

/** What the parties of a transfer are answered and shown (S52 to S54). */
public final class TransferResultSteps {
  private final World world;
  private final Transfers transfers;

  public TransferResultSteps(World world, Transfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  @Then("{device}'s {frameType} is answered with a transfer in the state {word}")
  public void answeredWithTransfer(Device device, String type, String state) {
    Asked asked = device.lastAsked(type);
    String expected =
        asked.describe()
            + " of "
            + device.the()
            + " to be answered with a transfer in the state "
            + state;
    ReceivedFrame transfer = AnswerSteps.answer(world, asked, expected);
    Expect.that(
        transfer.is("transfer") && state.equals(transfer.text("state")),
        world,
        expected,
        "received " + transfer.describe() + " in the state " + transfer.text("state"));
  }

  /**
   * An offer with a file over maxFileBytes whose files may also add up to more than
   * maxTransferBytes (REQ-LIMIT-010 lets the two limits be equal): a frame that breaks two rules is
   * refused with the code of either (CHOICE-ERROR-04), so transfer-too-large is right too then.
   */
  @Then(
      "{device}'s offer is refused with the error file-too-large, or transfer-too-large where its"
          + " files add up to more than maxTransferBytes")
  public void refusedAsTooLarge(Device device) {
    long total = transfers.offered().stream().mapToLong(OfferFile::size).sum();
    boolean overTransfer = total > world.bigLimit("maxTransferBytes");
    Asked asked = device.lastAsked("offer");
    ReceivedFrame answer =
        AnswerSteps.answer(world, asked, asked.describe() + " of " + device.the());
    String code = answer.is("error") ? answer.code() : null;
    if (overTransfer && "transfer-too-large".equals(code)) {
      return;
    }
    AnswerSteps.refused(world, device, asked, "file-too-large");
  }

  @Then("each of {device}'s offers is refused with the error {word}")
  public void eachOfferRefused(Device device, String code) {
    List<Asked> offers = device.asked("offer");
    if (offers.isEmpty()) {
      throw new IllegalStateException("The scenario checks offers " + device.the() + " never made");
    }
    offers.forEach(offer -> AnswerSteps.refused(world, device, offer, code));
  }

  @Then("{device} is shown the offer from {address}")
  public void shownOffer(Device device, String from) {
    ReceivedFrame shown = shown(device, "offered");
    Expect.that(
        from.equals(shown.text("from")),
        world,
        "the offer shown to " + device.the() + " to come from " + from,
        "it names " + shown.text("from"));
  }

  @Then("{device} is shown the transfer in the state {word}")
  public void shownInState(Device device, String state) {
    shown(device, state);
  }

  @Then("{device} is shown the transfer in the state {word} with the file {string} {word}")
  public void shownWithFile(Device device, String state, String name, String fileState) {
    int index = transfers.indexOf(name);
    shown(
        device,
        state,
        f -> fileState.equals(f.body().path("files").path(index).path("state").asText(null)),
        " with the file " + name + " " + fileState);
  }

  /** Of the scenario's transfer; of any transfer when the server made none for the scenario. */
  @Then("{device} is shown nothing of the transfer")
  public void shownNothing(Device device) {
    Receive.settle(world, device.client());
    String id = transfers.any() ? transfers.current() : null;
    List<ReceivedFrame> about =
        device.client().inbox().waiting("transfer").stream()
            .filter(f -> id == null || id.equals(f.text("transferId")))
            .toList();
    Expect.that(
        about.isEmpty(),
        world,
        device.the() + " to be sent nothing of the transfer " + id,
        "it was sent a transfer frame in the state "
            + (about.isEmpty() ? "" : about.get(0).text("state")));
  }

  @Then("the transfer is from {address} to {address}")
  public void fromTo(String from, String to) {
    ReceivedFrame t = transfers.last();
    Expect.that(
        from.equals(t.text("from")) && to.equals(t.text("to")),
        world,
        "a transfer from " + from + " to " + to,
        "it is from " + t.text("from") + " to " + t.text("to"));
  }

  @Then("the transfer's {word} is {string}")
  public void member(String name, String value) {
    String expected = world.resolve(value);
    String actual = transfers.last().text(name);
    Expect.that(
        expected.equals(actual),
        world,
        "the transfer's " + name + " to be " + expected,
        actual == null ? "it has none" : "it is " + actual);
  }

  @Then("the file {string} is {word}")
  public void fileState(String name, String state) {
    JsonNode file = transfers.last().body().path("files").path(transfers.indexOf(name));
    String actual = file.path("state").asText(null);
    Expect.that(
        state.equals(actual),
        world,
        "the file " + name + " to be " + state,
        actual == null ? "the transfer lists no such file" : "it is " + actual);
  }

  @Then("the transfer lists the offered files in the order of the offer")
  public void listsOffered() {
    JsonNode files = transfers.last().body().path("files");
    List<OfferFile> offered = transfers.offered();
    Expect.that(
        files.size() == offered.size(),
        world,
        "the transfer to list the " + offered.size() + " files offered",
        "it lists " + files.size());
    for (int i = 0; i < offered.size(); i++) {
      OfferFile o = offered.get(i);
      JsonNode f = files.path(i);
      boolean same =
          f.path("index").asInt(-1) == i
              && o.name().equals(f.path("name").asText(null))
              && java.util.Objects.equals(o.path(), f.path("path").asText(null))
              && o.size() == f.path("size").asLong(-1)
              && o.sha256().equals(f.path("sha256").asText(null))
              && o.mediaType().equals(f.path("mediaType").asText(null));
      Expect.that(
          same, world, "file " + i + " to be " + o + " with index " + i, "the transfer lists " + f);
    }
  }

  @Then("the transfer expires {int} second(s) after it was offered")
  public void expiresAfter(int seconds) {
    expiresAfterSeconds(seconds);
  }

  @Then("the transfer expires offerLifetimeSeconds after it was offered")
  public void expiresAfterLifetime() {
    int lifetime = world.limit("offerLifetimeSeconds");
    Integer asked = transfers.expiresIn();
    if (asked != null && asked <= lifetime) {
      throw Verdicts.notApplicable(
          "offerLifetimeSeconds "
              + lifetime
              + " is no shorter than the longest life an offer may ask for, "
              + asked
              + " s");
    }
    expiresAfterSeconds(lifetime);
  }

  @Then("the transfer expires half of offerLifetimeSeconds after it was offered")
  public void expiresAfterHalfLifetime() {
    expiresAfterSeconds(Math.max(1, world.limit("offerLifetimeSeconds") / 2));
  }

  @Then("the two transfers have different transferIds")
  public void differentIds() {
    List<String> ids = transfers.transferIds();
    Expect.that(
        ids.size() >= 2 && !ids.get(0).equals(ids.get(1)),
        world,
        "two transfers with different transferIds",
        "the transferIds are " + ids);
  }

  private void expiresAfterSeconds(long seconds) {
    ReceivedFrame t = transfers.last();
    String offeredAt = t.text("offeredAt");
    String expiresAt = t.text("expiresAt");
    Duration actual;
    try {
      actual = Duration.between(Instant.parse(offeredAt), Instant.parse(expiresAt));
    } catch (DateTimeParseException | NullPointerException e) {
      throw Expect.failure(
          world, "an offeredAt and an expiresAt", "they are " + offeredAt + " and " + expiresAt);
    }
    Expect.that(
        actual.equals(Duration.ofSeconds(seconds)),
        world,
        "expiresAt to be " + seconds + " s after offeredAt " + offeredAt,
        "it is " + expiresAt + ", " + actual.toMillis() + " ms after");
  }

  private ReceivedFrame shown(Device device, String state) {
    return shown(device, state, f -> true, "");
  }

  /**
   * The unasked transfer frame of the scenario's transfer in that state, after login-ok; an expiry
   * is waited for until its expiresAt and the spec's lateness for timers (REQ-XFER-020).
   */
  private ReceivedFrame shown(
      Device device, String state, java.util.function.Predicate<ReceivedFrame> also, String what) {
    Client client = device.client();
    String id = transfers.current();
    boolean expiry = state.equals("expired");
    Duration due = expiry ? lifeLeft() : Duration.ZERO;
    Optional<ReceivedFrame> frame =
        client
            .inbox()
            .takeEvent(
                f ->
                    f.is("transfer")
                        && id.equals(f.text("transferId"))
                        && state.equals(f.text("state"))
                        && also.test(f),
                expiry ? world.waits().forTimer(due) : client.timeout());
    if (frame.isEmpty()) {
      Receive.failWithInvalidFrames(client);
      List<String> seen =
          client.inbox().received("transfer").stream()
              .filter(f -> id.equals(f.text("transferId")))
              .map(f -> f.text("state"))
              .toList();
      throw Expect.failure(
          world,
          device.the() + " to be sent the transfer " + id + " in the state " + state + what,
          seen.isEmpty() ? "none arrived" : "it was sent it only in the states " + seen);
    }
    Receive.valid(frame.get());
    Receive.afterLoginOk(device, frame.get(), String.join(", ", world.requirements()));
    if (expiry) {
      long lived = (System.nanoTime() - transfers.answeredNanos()) / 1_000_000;
      Expect.that(
          lived >= life().minus(Waits.TOLERANCE).toMillis(),
          world,
          "the transfer "
              + id
              + " to expire no earlier than its expiresAt, "
              + life()
              + " after the offer",
          "it expired " + lived + " ms after the offer was answered");
    }
    transfers.looked(frame.get());
    return frame.get();
  }

  /** The life the server gave the offer: from offeredAt to expiresAt. */
  private Duration life() {
    ReceivedFrame t = transfers.last();
    try {
      return Duration.between(
          Instant.parse(t.text("offeredAt")), Instant.parse(t.text("expiresAt")));
    } catch (DateTimeParseException | NullPointerException e) {
      throw Expect.failure(
          world,
          "an offeredAt and an expiresAt",
          "they are " + t.text("offeredAt") + " and " + t.text("expiresAt"));
    }
  }

  /** What is left of the offer's life, as the kit's clock has measured since the offer. */
  private Duration lifeLeft() {
    Duration lived = Duration.ofNanos(System.nanoTime() - transfers.answeredNanos());
    Duration left = life().minus(lived);
    Waits.beyondCeiling("the offer's life", left)
        .ifPresent(
            why -> {
              throw Verdicts.notApplicable(why);
            });
    return left.isNegative() ? Duration.ZERO : left;
  }
}
