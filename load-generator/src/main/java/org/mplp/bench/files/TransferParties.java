package org.mplp.bench.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.client.TopFields;

/**
 * The control channel side of one transfer between two logged-in devices: the offer, the answer,
 * the tokens each side gets, and the result. Frames are queued by the event loop and waited for by
 * the scenario's own thread, so nothing blocks an event loop.
 */
public final class TransferParties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WAIT_SECONDS = 60;

  private final Side sender;
  private final Side recipient;

  public TransferParties(MplpConnection sender, MplpConnection recipient) {
    this.sender = new Side("sender", sender);
    this.recipient = new Side("recipient", recipient);
  }

  /** The tokens of file 0 of an accepted transfer. */
  public record Accepted(String transferId, String uploadToken, String downloadToken) {}

  /** Offers one file to the recipient, which accepts it; returns both tokens. */
  public Accepted offerAndAccept(String name, long size, String sha256) throws IOException {
    String to = recipient.connection.loginOk().address();
    sender.send(
        "{\"type\":\"offer\",\"id\":\"bench-offer\",\"to\":\""
            + to
            + "\",\"permission\":\"ask\",\"files\":[{\"name\":\""
            + name
            + "\",\"size\":"
            + size
            + ",\"sha256\":\""
            + sha256
            + "\",\"mediaType\":\"application/octet-stream\"}]}");
    JsonNode offered = sender.await("the transfer of the offer", f -> isReply(f, "bench-offer"));
    String id = offered.path("transferId").asText();
    recipient.await("the offered transfer", f -> isTransfer(f, id, "offered"));
    recipient.send(
        "{\"type\":\"accept-offer\",\"id\":\"bench-accept\",\"transferId\":\""
            + id
            + "\",\"files\":[0]}");
    JsonNode forRecipient =
        recipient.await("the accepted transfer", f -> isTransfer(f, id, "accepted"));
    JsonNode forSender = sender.await("the accepted transfer", f -> isTransfer(f, id, "accepted"));
    return new Accepted(id, token(forSender), token(forRecipient));
  }

  /** Reports file 0's result; returns the final state the sender is told. */
  public String report(String transferId, boolean received) throws IOException {
    recipient.send(
        "{\"type\":\"file-result\",\"id\":\"bench-result\",\"transferId\":\""
            + transferId
            + "\",\"index\":0,\"result\":\""
            + (received ? "received" : "hash-mismatch")
            + "\"}");
    JsonNode ended =
        sender.await(
            "the ended transfer",
            f -> isTransfer(f, transferId, "completed") || isTransfer(f, transferId, "failed"));
    return ended.path("state").asText();
  }

  /** transfer-progress frames seen by the sender and by the recipient so far. */
  public int[] progressFrames() {
    return new int[] {sender.progress.get(), recipient.progress.get()};
  }

  private static boolean isReply(JsonNode frame, String id) {
    return frame.path("type").asText().equals("transfer")
        && frame.path("replyTo").asText().equals(id);
  }

  private static boolean isTransfer(JsonNode frame, String transferId, String state) {
    return frame.path("type").asText().equals("transfer")
        && frame.path("transferId").asText().equals(transferId)
        && frame.path("state").asText().equals(state);
  }

  private static String token(JsonNode transfer) throws IOException {
    JsonNode file = transfer.path("files").path(0);
    if (!file.path("state").asText().equals("accepted") || !file.hasNonNull("token")) {
      throw new IOException("file 0 is not accepted with a token: " + transfer);
    }
    return file.path("token").asText();
  }

  /** One party: its connection and the frames it was sent, in order. */
  private static final class Side implements MplpConnection.Listener {
    private final String role;
    private final MplpConnection connection;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final AtomicInteger progress = new AtomicInteger();

    Side(String role, MplpConnection connection) {
      this.role = role;
      this.connection = connection;
      connection.listener(this);
    }

    @Override
    public void onFrame(MplpConnection from, TopFields frame, String text) {
      if (frame.type().equals("transfer-progress")) {
        progress.incrementAndGet();
      } else {
        frames.add(text);
      }
    }

    void send(String text) {
      connection.send(text);
    }

    /** The next frame that matches, skipping others; an error frame ends the wait. */
    JsonNode await(String what, Predicate<JsonNode> wanted) throws IOException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      try {
        while (true) {
          long left = deadline - System.nanoTime();
          String text = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
          if (text == null) {
            throw new IOException("the " + role + " waited " + WAIT_SECONDS + " s for " + what);
          }
          JsonNode frame = JSON.readTree(text);
          if (frame.path("type").asText().equals("error")) {
            throw new IOException(
                "the " + role + " got an error waiting for " + what + ": " + text);
          }
          if (wanted.test(frame)) {
            return frame;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted waiting for " + what, e);
      }
    }
  }
}
