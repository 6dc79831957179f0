package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * One offer to several devices (REQ-XFER-031 to 033): the sender is sent a transfer per recipient,
 * all in one group, then ok; each recipient sees and answers its own; one upload serves them all.
 */
public final class GroupSteps {
  private final World world;
  private final Transfers spoken;
  private final DataTransfers data;
  private final TransferResultSteps results;

  /** The sender's frame of each transfer of the group, by its recipient's address. */
  private final Map<String, ReceivedFrame> members = new LinkedHashMap<>();

  private String group;

  public GroupSteps(
      World world, Transfers spoken, DataTransfers data, TransferResultSteps results) {
    this.world = world;
    this.spoken = spoken;
    this.data = data;
    this.results = results;
  }

  @When("{device} offers {string} to {address} and {address} at once")
  public void offersToTwo(Device device, String name, String first, String second) {
    OfferFile file = TransferSteps.file(name, null, TransferSteps.SIZE);
    ask(device, first, second, null, file);
  }

  @Then(
      "{device}'s offer is answered with a transfer for each of {address} and {address}, in one group, then ok")
  public void answeredPerRecipient(Device device, String first, String second) {
    Asked offer = device.lastAsked("offer");
    Expect.that(
        offer.reply("ok") != null,
        world,
        "the offer to " + first + " and " + second + " to be answered with ok (REQ-XFER-032)",
        offer.answer().describe());
    for (String recipient : List.of(first, second)) {
      // The frames come before the ok: they are in the inbox by now, or never.
      Optional<ReceivedFrame> frame =
          device
              .client()
              .inbox()
              .take(
                  f ->
                      f.is("transfer")
                          && recipient.equals(f.text("to"))
                          && f.replyTo() == null
                          && !members.containsValue(f),
                  Duration.ZERO);
      Expect.that(
          frame.isPresent() && frame.get().text("group") != null,
          world,
          device.the() + " to be sent, before the ok, a transfer to " + recipient + " with a group",
          frame.map(f -> "it came without a group").orElse("none came"));
      Receive.valid(frame.get());
      if (group == null) {
        group = frame.get().text("group");
      }
      Expect.that(
          group.equals(frame.get().text("group")),
          world,
          "every transfer of the offer to have the group " + group,
          "the one to " + recipient + " has " + frame.get().text("group"));
      members.put(recipient, frame.get());
    }
  }

  /** The recipient's own transfer of the group becomes the one the scenario speaks of. */
  @Then("{device} is shown its own transfer of the group, offered")
  public void shownOwn(Device recipient) {
    String to = recipient.address();
    ReceivedFrame frame =
        data.await(
            recipient.client(),
            f ->
                f.is("transfer")
                    && group != null
                    && group.equals(f.text("group"))
                    && to.equals(f.text("to"))
                    && "offered".equals(f.text("state")));
    Expect.that(
        frame != null,
        world,
        recipient.the() + " to be sent its own transfer of the group " + group + ", offered",
        "none came within " + recipient.client().timeout());
    Receive.valid(frame);
    Expect.that(
        members.get(to) == null
            || members.get(to).text("transferId").equals(frame.text("transferId")),
        world,
        recipient.the() + " to be sent the transfer the sender was told of",
        "it was sent " + frame.text("transferId"));
    spoken.looked(frame);
  }

  @Then("{device} is shown the transfer to {address} in the state {word}")
  public void senderShown(Device sender, String recipient, String state) {
    ReceivedFrame member = members.get(recipient);
    if (member == null) {
      throw new IllegalStateException(
          "The scenario checks a transfer to " + recipient + " it did not offer");
    }
    spoken.looked(member);
    results.shownInState(sender, state);
  }

  /** Direct to both: accepted at once, the sender holding an upload token for each transfer. */
  @When("{device} makes a direct offer of a {int} byte file to {device} and {device} at once")
  public void directToTwo(Device sender, int size, Device first, Device second) {
    byte[] content = new byte[size];
    new Random(size * 13L).nextBytes(content);
    String sha256 = AcceptedTransferSteps.sha256(content);
    ask(
        sender,
        first.address(),
        second.address(),
        "direct",
        new OfferFile("shared-" + size + ".bin", null, size, sha256, TransferSteps.MEDIA_TYPE));
    answeredPerRecipient(sender, first.address(), second.address());
    for (Device recipient : List.of(first, second)) {
      ReceivedFrame forSender = members.get(recipient.address());
      String transferId = forSender.text("transferId");
      ReceivedFrame forRecipient =
          data.await(
              recipient.client(),
              f ->
                  f.is("transfer")
                      && transferId.equals(f.text("transferId"))
                      && "accepted".equals(f.text("state")));
      Expect.that(
          forRecipient != null && "accepted".equals(forSender.text("state")),
          world,
          "the direct transfer to " + recipient.the() + " to be accepted at once, for both parties",
          forRecipient == null
              ? "the recipient was not sent it"
              : "the sender was sent it " + forSender.text("state"));
      data.add(
          recipient.address(),
          new DataTransfers.Accepted(
              transferId,
              sender,
              recipient,
              content,
              sha256,
              token(forSender),
              token(forRecipient)));
    }
  }

  @When("{device} uploads the file with the token of its transfer to {device}")
  public void uploadsFor(Device sender, Device recipient) {
    DataTransfers.Accepted member = data.get(recipient.address());
    data.answer =
        data.channel()
            .put(sender.the(), member.path(), member.uploadToken(), member.content(), null);
  }

  @When("{device} asks for the upload offset with the token of its transfer to {device}")
  public void asksOffsetFor(Device sender, Device recipient) {
    DataTransfers.Accepted member = data.get(recipient.address());
    data.answer = data.channel().head(sender.the(), member.path(), member.uploadToken());
  }

  @When("{device} downloads the file of its own transfer")
  public void downloadsOwn(Device recipient) {
    DataTransfers.Accepted member = data.get(recipient.address());
    data.answer = data.channel().get(recipient.the(), member.path(), member.downloadToken(), null);
    if (data.answer.status() == 200) {
      data.received = data.answer.body();
    }
  }

  private void ask(Device device, String first, String second, String permission, OfferFile file) {
    Asked offer =
        device.ask(
            id -> {
              ObjectNode frame = Frames.offer(id, first, permission, null, List.of(file));
              frame.putArray("otherRecipients").add(second);
              return frame;
            });
    spoken.asked(offer, List.of(file));
  }

  private static String token(ReceivedFrame transfer) {
    return transfer.body().path("files").path(0).path("token").asText(null);
  }
}
