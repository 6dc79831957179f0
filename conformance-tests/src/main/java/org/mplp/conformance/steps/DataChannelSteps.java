package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import org.mplp.conformance.driver.DataChannel;

/**
 * Uploads and downloads on the data channel (spec: Transfers > The data channel) and what the
 * server answers them: PUT, HEAD and GET with the right, a wrong or no token, ranges, and transfers
 * cut midway and resumed.
 */
public final class DataChannelSteps {
  private static final String MADE_UP_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

  private final World world;
  private final DataTransfers transfers;

  public DataChannelSteps(World world, DataTransfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  private DataTransfers.Accepted only() {
    return transfers.get("");
  }

  private String tokenOf(String kind, String name) {
    DataTransfers.Accepted transfer = transfers.get(name);
    return switch (kind) {
      case "upload" -> transfer.uploadToken();
      case "download" -> transfer.downloadToken();
      default -> throw new IllegalArgumentException("no " + kind + " token");
    };
  }

  private void put(Device device, String path, String token, byte[] body, String range) {
    transfers.answer = transfers.channel().put(device.the(), path, token, body, range);
  }

  private void get(Device device, String path, String token, String range) {
    DataChannel.Answer answer = transfers.channel().get(device.the(), path, token, range);
    transfers.answer = answer;
    if (answer.status() == 200) {
      transfers.received = answer.body();
    } else if (answer.status() == 206
        && answer
            .contentRange()
            .orElse("")
            .startsWith("bytes " + transfers.received.length + "-")) {
      byte[] joined =
          Arrays.copyOf(transfers.received, transfers.received.length + answer.body().length);
      System.arraycopy(answer.body(), 0, joined, transfers.received.length, answer.body().length);
      transfers.received = joined;
    }
  }

  @When("{device} uploads the file")
  public void uploads(Device device) {
    put(device, only().path(), only().uploadToken(), only().content(), null);
  }

  @When("{device} uploads the file with no token")
  public void uploadsWithoutToken(Device device) {
    put(device, only().path(), null, only().content(), null);
  }

  @When("{device} uploads the file with a made-up token")
  public void uploadsWithMadeUpToken(Device device) {
    put(device, only().path(), MADE_UP_TOKEN, only().content(), null);
  }

  @When("{device} uploads the file {string} with the {word} token of {string}")
  public void uploadsWithToken(Device device, String name, String kind, String owner) {
    DataTransfers.Accepted transfer = transfers.get(name);
    put(device, transfer.path(), tokenOf(kind, owner), transfer.content(), null);
  }

  @When("{device} uploads the first {int} bytes of the file")
  public void uploadsFirst(Device device, int bytes) {
    byte[] content = only().content();
    String range = "bytes 0-" + (bytes - 1) + "/" + content.length;
    put(device, only().path(), only().uploadToken(), Arrays.copyOf(content, bytes), range);
  }

  @When("{device} uploads the first {portion} of the file")
  public void uploadsPortion(Device device, Portion portion) {
    uploadsFirst(device, portion.of(only().content().length));
  }

  @When("{device} uploads the rest of the file from {portion} of it")
  public void uploadsRestFromPortion(Device device, Portion portion) {
    uploadsRest(device, portion.of(only().content().length));
  }

  @When("{device} uploads the rest of the file from byte {int}")
  public void uploadsRest(Device device, int first) {
    byte[] content = only().content();
    String range = "bytes " + first + "-" + (content.length - 1) + "/" + content.length;
    byte[] rest = Arrays.copyOfRange(content, first, content.length);
    put(device, only().path(), only().uploadToken(), rest, range);
  }

  @When("{device} uploads {int} bytes from byte {int}")
  public void uploadsBytesFrom(Device device, int bytes, int first) {
    String range = "bytes " + first + "-" + (first + bytes - 1) + "/*";
    put(device, only().path(), only().uploadToken(), new byte[bytes], range);
  }

  @When("{device} asks for the upload offset")
  public void asksOffset(Device device) {
    transfers.answer = transfers.channel().head(device.the(), only().path(), only().uploadToken());
  }

  @When("{device} asks for the upload offset with no token")
  public void asksOffsetWithoutToken(Device device) {
    transfers.answer = transfers.channel().head(device.the(), only().path(), null);
  }

  @When("{device} downloads the file")
  public void downloads(Device device) {
    get(device, only().path(), only().downloadToken(), null);
  }

  @When("{device} downloads the file with no token")
  public void downloadsWithoutToken(Device device) {
    get(device, only().path(), null, null);
  }

  @When("{device} downloads the file with a made-up token")
  public void downloadsWithMadeUpToken(Device device) {
    get(device, only().path(), MADE_UP_TOKEN, null);
  }

  @When("{device} downloads the file {string} with the {word} token of {string}")
  public void downloadsWithToken(Device device, String name, String kind, String owner) {
    get(device, transfers.get(name).path(), tokenOf(kind, owner), null);
  }

  @When("{device} downloads the bytes {word} of the file")
  public void downloadsRange(Device device, String range) {
    get(device, only().path(), only().downloadToken(), "bytes=" + range);
  }

  @Then("the answer is HTTP status {int}")
  public void status(int status) {
    DataChannel.Answer answer = transfers.answer();
    Expect.that(
        answer.status() == status,
        world,
        "HTTP status " + status,
        "the answer was " + answer.describe());
  }

  @Then("the answer is HTTP status {int} with Upload-Offset {long}")
  public void statusWithOffset(int status, long offset) {
    DataChannel.Answer answer = transfers.answer();
    Expect.that(
        answer.status() == status
            && answer.uploadOffset().equals(java.util.Optional.of(Long.toString(offset))),
        world,
        "HTTP status " + status + " with Upload-Offset " + offset,
        "the answer was " + answer.describe());
  }

  @Then("the answer is HTTP status {int} with Upload-Offset at {portion} of the file")
  public void statusWithOffsetAt(int status, Portion portion) {
    statusWithOffset(status, portion.of(only().content().length));
  }

  @Then("the answer is HTTP status {int} with Upload-Offset the file's size")
  public void statusWithOffsetOfSize(int status) {
    statusWithOffset(status, only().content().length);
  }

  @Then("the answer is HTTP status {int} with Content-Length the file's size")
  public void statusWithLengthOfSize(int status) {
    statusWithLength(status, only().content().length);
  }

  @Then("the answer is HTTP status {int} with Content-Length {long}")
  public void statusWithLength(int status, long length) {
    DataChannel.Answer answer = transfers.answer();
    Expect.that(
        answer.status() == status
            && answer.contentLength().equals(java.util.Optional.of(Long.toString(length)))
            && answer.body().length == length,
        world,
        "HTTP status " + status + " with Content-Length " + length + " and as many bytes",
        "the answer was "
            + answer.describe()
            + ", Content-Length "
            + answer.contentLength().orElse("absent"));
  }

  @Then("the answer is HTTP status {int} with Content-Range {string}")
  public void statusWithRange(int status, String range) {
    DataChannel.Answer answer = transfers.answer();
    Expect.that(
        answer.status() == status && answer.contentRange().equals(java.util.Optional.of(range)),
        world,
        "HTTP status " + status + " with Content-Range " + range,
        "the answer was " + answer.describe());
  }

  @Then("the answer holds the file's bytes from {int} to {int}")
  public void holdsBytes(int first, int last) {
    byte[] expected = Arrays.copyOfRange(only().content(), first, last + 1);
    byte[] body = transfers.answer().body();
    Expect.that(
        Arrays.equals(body, expected),
        world,
        "the " + expected.length + " bytes of the file from " + first + " to " + last,
        "the answer held "
            + body.length
            + " bytes"
            + (body.length == expected.length ? " that differ" : ""));
  }

  @Then("{device} has the file's bytes, matching its SHA-256")
  public void hasTheFile(Device device) {
    String got = AcceptedTransferSteps.sha256(transfers.received);
    Expect.that(
        got.equals(only().sha256()),
        world,
        device.the()
            + " to have the "
            + only().content().length
            + " bytes of SHA-256 "
            + only().sha256(),
        "it has " + transfers.received.length + " bytes of SHA-256 " + got);
  }

  @Then("{device} and {device} were each given a token of at least 128 bits, and not the same one")
  public void tokens(Device sender, Device recipient) {
    String upload = only().uploadToken();
    String download = only().downloadToken();
    // 22 characters of base64url carry 132 bits.
    Expect.that(
        upload != null
            && download != null
            && upload.matches("[A-Za-z0-9_-]{22,}")
            && download.matches("[A-Za-z0-9_-]{22,}")
            && !upload.equals(download),
        world,
        sender.the()
            + " and "
            + recipient.the()
            + " each to be given a token of at least 22 base64url"
            + " characters, different from the other's",
        sender.the() + " was given " + upload + " and " + recipient.the() + " " + download);
  }
}
