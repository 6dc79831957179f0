package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.Optional;
import org.mplp.conformance.driver.DataChannel;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * Bytes on the move: a download that runs while the upload is still coming, uploads and downloads
 * cut midway, and the transfer-progress both parties are sent.
 */
public final class DataStreamingSteps {
  private final World world;
  private final DataTransfers transfers;
  private long refusedOffset = -1;

  public DataStreamingSteps(World world, DataTransfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  private DataTransfers.Accepted only() {
    return transfers.get("");
  }

  @When("{device} starts downloading the file")
  public void startsDownloading(Device device) {
    transfers.download =
        transfers.channel().getStreamed(device.the(), only().path(), only().downloadToken());
    Expect.that(
        transfers.download.status() == 200,
        world,
        "HTTP status 200 for a GET of the file before its upload has ended",
        "the answer was HTTP status " + transfers.download.status());
  }

  @When("{device} uploads the first {int} bytes of the file and holds the rest back")
  public void uploadsFirstAndHolds(Device device, int bytes) {
    byte[] content = only().content();
    transfers.upload =
        transfers
            .channel()
            .startRawPut(device.the(), only().path(), only().uploadToken(), 0, content.length);
    transfers.upload.send(content, 0, bytes);
  }

  @When("{device} uploads the first {portion} of the file and holds the rest back")
  public void uploadsPortionAndHolds(Device device, Portion portion) {
    uploadsFirstAndHolds(device, portion.of(only().content().length));
  }

  @When("{device} sends the rest of the file from {portion} of it")
  public void sendsRestFromPortion(Device device, Portion portion) {
    sendsRest(device, portion.of(only().content().length));
  }

  @Then("{device} receives the first {portion} of the file")
  public void receivesPortion(Device device, Portion portion) {
    receivesFirst(device, portion.of(only().content().length));
  }

  @When("{device} uploads the first {portion} of the file and the connection breaks")
  public void uploadPortionBreaks(Device device, Portion portion) {
    uploadBreaks(device, portion.of(only().content().length));
  }

  @When("{device} sends the rest of the file from byte {int}")
  public void sendsRest(Device device, int first) {
    transfers.upload.send(only().content(), first, only().content().length);
  }

  @When("{device} uploads {int} bytes in chunks, saying Content-Range bytes {int}-{int}")
  public void uploadsChunkedPastRange(Device device, int bytes, int first, int last) {
    byte[] body = Arrays.copyOf(only().content(), bytes);
    String range = "bytes " + first + "-" + last + "/" + only().content().length;
    transfers.answer =
        transfers
            .channel()
            .putChunked(device.the(), only().path(), only().uploadToken(), body, range);
  }

  @Then("the answer is HTTP status {int} with an Upload-Offset of at most {long}")
  public void statusWithOffsetAtMost(int status, long most) {
    DataChannel.Answer answer = transfers.answer();
    Optional<Long> offset = answer.uploadOffset().map(Long::parseLong);
    Expect.that(
        answer.status() == status && offset.isPresent() && offset.get() <= most,
        world,
        "HTTP status " + status + " with Upload-Offset at most " + most,
        "the answer was " + answer.describe());
    refusedOffset = offset.get();
  }

  @Then("the answer is HTTP status {int} with the Upload-Offset the refusal named")
  public void statusWithRefusedOffset(int status) {
    DataChannel.Answer answer = transfers.answer();
    Expect.that(
        answer.status() == status
            && answer.uploadOffset().equals(Optional.of(Long.toString(refusedOffset))),
        world,
        "HTTP status " + status + " with Upload-Offset " + refusedOffset,
        "the answer was " + answer.describe());
  }

  @Then("{device}'s upload is answered with HTTP status {int}")
  public void uploadAnswered(Device device, int status) {
    int got = transfers.upload.status();
    Expect.that(
        got == status, world, "HTTP status " + status, "the upload was answered with " + got);
  }

  @Then("{device} receives the first {int} bytes of the file")
  public void receivesFirst(Device device, int bytes) {
    byte[] got = transfers.download.read(bytes);
    transfers.received = got;
    Expect.that(
        Arrays.equals(got, Arrays.copyOf(only().content(), bytes)),
        world,
        device.the()
            + " to receive the first "
            + bytes
            + " bytes of the file while the rest is held back",
        "it received " + got.length + " bytes" + (got.length == bytes ? " that differ" : ""));
  }

  @Then("{device} receives the rest of the file, matching its SHA-256")
  public void receivesRest(Device device) {
    byte[] rest = transfers.download.rest();
    byte[] all = Arrays.copyOf(transfers.received, transfers.received.length + rest.length);
    System.arraycopy(rest, 0, all, transfers.received.length, rest.length);
    transfers.received = all;
    String got = AcceptedTransferSteps.sha256(all);
    Expect.that(
        got.equals(only().sha256()),
        world,
        device.the() + " to receive the whole file, of SHA-256 " + only().sha256(),
        "it received " + all.length + " bytes of SHA-256 " + got);
  }

  @When("{device} uploads the first {int} bytes of the file and the connection breaks")
  public void uploadBreaks(Device device, int bytes) {
    byte[] content = only().content();
    DataChannel.RawUpload upload =
        transfers
            .channel()
            .startRawPut(device.the(), only().path(), only().uploadToken(), 0, content.length);
    upload.send(content, 0, bytes);
    upload.cut();
    // The server learns of the cut a moment later; until then it may hold fewer bytes.
    long deadline = System.nanoTime() + world.waits().atOnce().toNanos();
    while (System.nanoTime() < deadline) {
      DataChannel.Answer head =
          transfers.channel().head(device.the(), only().path(), only().uploadToken());
      if (head.uploadOffset().equals(Optional.of(Integer.toString(bytes)))) {
        return;
      }
      sleep();
    }
  }

  @When("{device} downloads the first {int} bytes of the file and the connection breaks")
  public void downloadBreaks(Device device, int bytes) {
    DataChannel.Streamed download =
        transfers.channel().getStreamed(device.the(), only().path(), only().downloadToken());
    transfers.received = download.read(bytes);
    download.cut();
    world
        .transcript()
        .note(device.the(), "download cut after " + transfers.received.length + " bytes");
  }

  @Then("{device} and {device} are sent transfer-progress with {word} {long}")
  public void progress(Device sender, Device recipient, String member, long bytes) {
    for (Device device : new Device[] {sender, recipient}) {
      ReceivedFrame frame =
          transfers.await(
              device.client(),
              f ->
                  f.is("transfer-progress")
                      && only().transferId().equals(f.text("transferId"))
                      && f.body().path(member).asLong(-1) == bytes);
      Expect.that(
          frame != null,
          world,
          device.the() + " to be sent transfer-progress with " + member + " " + bytes,
          "none came within " + device.client().timeout());
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
