package org.mplp.client.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Send;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code send}: one message to one device, or to all the others with {@code --to '*'} (S41). */
@Command(
    name = "send",
    description = "Send a message; waits until the server has stored it (message-accepted).")
final class SendCommand extends DeviceCommand {
  @Option(
      names = "--to",
      required = true,
      paramLabel = "ADDRESS",
      description = "the recipient device, e.g. 235683-MP-1, or '*' for every other device")
  String to;

  @Option(
      names = "--media-type",
      paramLabel = "TYPE",
      defaultValue = "text/plain",
      description = "the body's media type (default: ${DEFAULT-VALUE}); others carry base64")
  String mediaType;

  @Option(
      names = "--wait-delivered",
      description = "also wait until every recipient has acknowledged the message")
  boolean waitDelivered;

  @Parameters(paramLabel = "TEXT", arity = "0..*", description = "the message; stdin when absent")
  List<String> words;

  @Override
  int run(DeviceSession session) throws Exception {
    Io io = session.io();
    String body = body(io);
    if (!to.equals(Send.ALL_DEVICES) && !to.matches("[0-9a-z][0-9a-z_.]{0,31}-[A-Z0-9]+-[0-9]+")) {
      throw new UsageException("--to takes a device address such as 235683-MP-1, or '*'");
    }
    LinkedBlockingQueue<Delivered> receipts = new LinkedBlockingQueue<>();
    MplpClient client =
        session.open(
            new ClientListener() {
              @Override
              public void onDelivered(Delivered delivered) {
                receipts.add(delivered);
              }
            });
    try {
      MessageAccepted accepted = client.await(client.send(to, mediaType, body));
      print(session, accepted);
      if (waitDelivered && !awaitReceipts(session, client, accepted, receipts)) {
        return ExitCodes.TIMED_OUT;
      }
      session.settle(client);
      return ExitCodes.OK;
    } finally {
      session.release(client);
    }
  }

  private String body(Io io) throws UsageException, IOException {
    String body =
        words == null || words.isEmpty()
            ? new String(io.in().readAllBytes(), StandardCharsets.UTF_8).stripTrailing()
            : String.join(" ", words);
    if (body.isEmpty()) {
      throw new UsageException("nothing to send: give the message as arguments or on stdin");
    }
    return body;
  }

  private static void print(DeviceSession session, MessageAccepted accepted) {
    Io io = session.io();
    if (session.json()) {
      ObjectNode node = JsonOut.object();
      node.put("clientMessageId", accepted.clientMessageId());
      node.put("sentAt", accepted.sentAt());
      ArrayNode recipients = node.putArray("recipients");
      accepted
          .recipients()
          .forEach(r -> recipients.addObject().put("to", r.to()).put("messageId", r.messageId()));
      JsonOut.print(io.out(), node);
      return;
    }
    if (accepted.recipients().isEmpty()) {
      io.out().println("Accepted, but the account has no other device to deliver it to.");
    }
    accepted
        .recipients()
        .forEach(r -> io.out().println("Accepted for " + r.to() + " as " + r.messageId()));
  }

  private boolean awaitReceipts(
      DeviceSession session,
      MplpClient client,
      MessageAccepted accepted,
      LinkedBlockingQueue<Delivered> receipts)
      throws InterruptedException {
    Io io = session.io();
    long deadline = System.nanoTime() + client.answerTimeout().toNanos();
    int missing = accepted.recipients().size();
    while (missing > 0) {
      Delivered d = receipts.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (d == null) {
        io.err().println("mplp client: " + missing + " recipient(s) did not acknowledge in time");
        return false;
      }
      if (d.clientMessageId().equals(accepted.clientMessageId())) {
        missing--;
        if (session.json()) {
          JsonOut.printFrame(io.out(), d);
        } else {
          io.out().println("Delivered to " + d.to() + " at " + d.deliveredAt());
        }
      }
    }
    return true;
  }
}
