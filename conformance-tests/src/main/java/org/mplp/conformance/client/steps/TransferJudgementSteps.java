package org.mplp.conformance.client.steps;

import io.cucumber.java.en.Then;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.mplp.conformance.client.server.FrameLog;
import org.mplp.conformance.client.server.HttpLog;
import org.mplp.conformance.client.server.KitFile;
import org.mplp.conformance.client.server.KitTransfer;

/** What the client reported of transfers, asked of the data channel, and left on its disk. */
public final class TransferJudgementSteps {
  private final ClientWorld world;

  public TransferJudgementSteps(ClientWorld world) {
    this.world = world;
  }

  @Then("the client reported file {int} as {word}")
  public void reported(int index, String result) {
    KitTransfer offer = world.lastOffer();
    List<String> results =
        world.server().recording().clientFrames("file-result").stream()
            .filter(f -> offer.id().equals(f.read().body().path("transferId").asText()))
            .filter(f -> f.read().body().path("index").asInt(-1) == index)
            .map(f -> f.read().body().path("result").asText())
            .toList();
    Verdicts.check(
        results.equals(List.of(result)),
        world,
        "one file-result " + result + " for file " + index + " of " + offer.id(),
        results.isEmpty() ? "the client reported none" : "it reported " + results);
  }

  @Then("the receive folder holds no file named {string}")
  public void noFileNamed(String name) throws IOException {
    List<Path> found;
    try (Stream<Path> walk = Files.walk(world.receiveDir())) {
      found = walk.filter(p -> p.getFileName().toString().equals(name)).toList();
    }
    Verdicts.check(
        found.isEmpty(),
        world,
        "no file " + name + " kept in the receive folder",
        "it holds " + found);
  }

  @Then("the receive folder holds {string} with the bytes the PC offered")
  public void holds(String name) throws IOException {
    Path file = world.receiveDir().resolve(name);
    byte[] offered = world.lastOffer().files().get(0).bytes();
    Verdicts.check(
        Files.isRegularFile(file),
        world,
        "the file " + file,
        "there is no such file: " + listing());
    Verdicts.check(
        Arrays.equals(Files.readAllBytes(file), offered),
        world,
        "the " + offered.length + " bytes the PC offered in " + file,
        "it holds " + Files.size(file) + " other bytes");
  }

  @Then("the receive folder's {string} still holds {string}")
  public void stillHolds(String name, String text) throws IOException {
    Path file = world.receiveDir().resolve(name);
    String now =
        Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : null;
    Verdicts.check(
        text.equals(now),
        world,
        name + " to still hold \"" + text + "\"",
        now == null ? "it is gone" : "it now holds " + now.length() + " other characters");
  }

  @Then("nothing outside the receive folder changed")
  public void nothingOutside() throws IOException {
    List<String> changes =
        FolderSnapshot.of(world.box(), world.receiveDir()).changesSince(world.before());
    Verdicts.check(
        changes.isEmpty(),
        world,
        "no change outside the receive folder",
        "in " + world.box() + ": " + changes);
  }

  @Then("every file in the receive folder has a name the file name rules allow")
  public void safeNames() throws IOException {
    List<String> unsafe = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(world.receiveDir())) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        for (Path segment : world.receiveDir().relativize(p)) {
          if (!segment.toString().isEmpty() && !FileNameRules.allowed(segment.toString())) {
            unsafe.add(world.receiveDir().relativize(p).toString());
            break;
          }
        }
      }
    }
    Verdicts.check(
        unsafe.isEmpty(), world, "only safe names in the receive folder", "it holds " + unsafe);
  }

  @Then("the client asked for the rest of file {int} with a Range from the bytes it had")
  public void resumed(int index) {
    List<HttpLog> gets =
        world.server().recording().requestsFor(world.lastOffer().id(), index).stream()
            .filter(r -> r.method().equals("GET"))
            .toList();
    Verdicts.check(
        gets.size() >= 2, world, "a second GET after the cut", "the client made " + gets.size());
    String range = gets.get(1).range();
    long cut = 0;
    if (range != null && range.matches("bytes=[0-9]+-[0-9]*")) {
      cut = Long.parseLong(range.substring(6, range.indexOf('-')));
    }
    Verdicts.check(
        cut > 0 && cut <= world.script().cutAfterBytes(),
        world,
        "a Range starting after 0 and at most at the "
            + world.script().cutAfterBytes()
            + " bytes served before the cut",
        range == null ? "the second GET had no Range" : "it asked for " + range);
  }

  @Then("the client sent reject-offer for the offer")
  public void rejected() {
    String id = world.lastOffer().id();
    boolean sent =
        world.server().recording().clientFrames("reject-offer").stream()
            .anyMatch(f -> id.equals(f.read().body().path("transferId").asText()));
    Verdicts.check(sent, world, "a reject-offer for " + id, "the client sent none");
  }

  @Then("the client downloaded nothing")
  public void downloadedNothing() {
    List<HttpLog> gets =
        world.server().recording().requests().stream()
            .filter(r -> r.method().equals("GET"))
            .toList();
    Verdicts.check(gets.isEmpty(), world, "no download", "the client asked for " + gets);
  }

  @Then("the client's offer announced the size and SHA-256 of {string}")
  public void announced(String name) throws IOException {
    FrameLog offer = lastOfferFrame();
    byte[] bytes = Files.readAllBytes(world.outboxFile(name));
    var file = offer.read().body().path("files").path(0);
    Verdicts.check(
        file.path("size").asLong(-1) == bytes.length
            && KitFile.sha256(bytes).equals(file.path("sha256").asText()),
        world,
        "size " + bytes.length + " and SHA-256 " + KitFile.sha256(bytes),
        "the offer said " + file);
  }

  @Then("the client's offer carried the permission {word}")
  public void permission(String permission) {
    FrameLog offer = lastOfferFrame();
    String sent = offer.read().body().path("permission").asText(null);
    boolean ok = permission.equals(sent) || (sent == null && permission.equals("ask"));
    Verdicts.check(
        ok,
        world,
        "the permission " + permission + " the user chose",
        sent == null ? "the offer carried none (ask)" : "the offer carried " + sent);
  }

  private FrameLog lastOfferFrame() {
    List<FrameLog> offers = world.server().recording().clientFrames("offer");
    Verdicts.check(!offers.isEmpty(), world, "an offer from the client", "it sent none");
    return offers.get(offers.size() - 1);
  }

  private String listing() throws IOException {
    try (Stream<Path> walk = Files.walk(world.receiveDir())) {
      return walk.map(p -> world.receiveDir().relativize(p).toString()).toList().toString();
    }
  }
}
