package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.Transcript;

/**
 * How often both parties hear of bytes that move (spec: Transfers, progress and results): an upload
 * paced over some seconds, then the transfer-progress each party was sent while it ran, read from
 * the transcript, where each frame has the time it arrived.
 */
public final class ProgressRateSteps {
  /** Arrival times stretch by network jitter; a second may look this much shorter or longer. */
  private static final long TOLERANCE_MILLIS = 250;

  /**
   * "At most four times a second" is judged over any two seconds (nine frames), so that frames a
   * network bunches together do not make a server that keeps the pace look too fast.
   */
  private static final int MOST_IN_TWO_SECONDS = 8;

  private final World world;
  private final DataTransfers transfers;
  private long uploadStartMillis;
  private long uploadEndMillis;

  public ProgressRateSteps(World world, DataTransfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  @When("{device} uploads the file in {int} parts over {int} seconds")
  public void pacedUpload(Device device, int parts, int seconds) throws InterruptedException {
    DataTransfers.Accepted file = transfers.get("");
    byte[] content = file.content();
    transfers.upload =
        transfers
            .channel()
            .startRawPut(device.the(), file.path(), file.uploadToken(), 0, content.length);
    uploadStartMillis = now();
    long pause = seconds * 1000L / parts;
    for (int i = 0; i < parts; i++) {
      int from = (int) ((long) content.length * i / parts);
      int to = (int) ((long) content.length * (i + 1) / parts);
      transfers.upload.send(content, from, to);
      if (i < parts - 1) {
        Thread.sleep(pause);
      }
    }
    uploadEndMillis = now();
  }

  @Then(
      "{device} and {device} were sent transfer-progress one to four times in each second of the"
          + " upload")
  public void oneToFourASecond(Device sender, Device recipient) {
    for (Device device : new Device[] {sender, recipient}) {
      List<Long> times = progressTimes(device);
      world
          .transcript()
          .note(
              "kit",
              "upload from "
                  + uploadStartMillis
                  + " to "
                  + uploadEndMillis
                  + " ms; transfer-progress to "
                  + device.the()
                  + " at "
                  + times
                  + " ms");
      Expect.that(
          !times.isEmpty(),
          world,
          device.the() + " to be sent transfer-progress while the upload ran",
          "it was sent none");
      long last = uploadStartMillis;
      for (long t : times) {
        Expect.that(
            t - last <= 1000 + TOLERANCE_MILLIS,
            world,
            device.the() + " to be sent transfer-progress at least once a second",
            "none came for " + (t - last) + " ms (until " + t + " ms)");
        last = t;
      }
      Expect.that(
          uploadEndMillis - last <= 1000 + TOLERANCE_MILLIS,
          world,
          device.the() + " to be sent transfer-progress at least once a second",
          "none came in the last " + (uploadEndMillis - last) + " ms of the upload");
      for (int i = MOST_IN_TWO_SECONDS; i < times.size(); i++) {
        long span = times.get(i) - times.get(i - MOST_IN_TWO_SECONDS);
        Expect.that(
            span >= 2000 - TOLERANCE_MILLIS,
            world,
            device.the() + " to be sent transfer-progress at most four times a second",
            (MOST_IN_TWO_SECONDS + 1)
                + " came within "
                + span
                + " ms (until "
                + times.get(i)
                + " ms)");
      }
    }
  }

  /**
   * When the device's connection received transfer-progress of the upload's transfer while the
   * upload ran, on the transcript's clock. Frames that report the whole file uploaded are left out:
   * REQ-DATA-015 asks for them on top of the periodic ones.
   */
  private List<Long> progressTimes(Device device) {
    DataTransfers.Accepted file = transfers.get("");
    String connection = device.client().connection().name();
    String complete = String.valueOf(file.content().length);
    List<Long> times = new ArrayList<>();
    for (Transcript.Entry e : world.transcript().entries()) {
      if (e.connection().equals(connection)
          && e.direction().equals("<-")
          && e.text().contains("transfer-progress")
          && e.text().contains(file.transferId())
          && !uploadedWhole(e.text(), complete)
          && e.millis() >= uploadStartMillis
          && e.millis() <= uploadEndMillis + TOLERANCE_MILLIS) {
        times.add(e.millis());
      }
    }
    return times;
  }

  /** The frame says the whole file is uploaded (JSON or XML binding). */
  private static boolean uploadedWhole(String text, String size) {
    return text.contains("\"uploaded\":" + size)
        || text.contains("uploaded=\"" + size + "\"")
        || text.contains("<uploaded>" + size + "</uploaded>");
  }

  private long now() {
    return world.transcript().millis();
  }
}
