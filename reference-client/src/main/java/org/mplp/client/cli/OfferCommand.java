package org.mplp.client.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mplp.client.MplpClient;
import org.mplp.client.transfers.LocalFiles;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code offer}: offers files or folders to a device and uploads what it accepts (S51 to S54). */
@Command(
    name = "offer",
    description =
        "Offer files or folders to a device and upload what it accepts. A one-shot run waits until"
            + " the transfer ends (exit 0 completed, 1 rejected/cancelled/failed, 4 --timeout"
            + " passed).")
final class OfferCommand extends TransferCommand {
  @Option(
      names = "--to",
      paramLabel = "ADDRESS",
      description =
          "the recipient device (required, except in the interactive client: the device chosen"
              + " with /to); repeat it to offer the files to several devices at once, or give *"
              + " for every other device of the account: each answers for itself, and each file"
              + " is uploaded once for all")
  List<String> to;

  @Option(
      names = "--permission",
      paramLabel = "direct|ask|reject",
      converter = Permissions.PermissionConverter.class,
      description = "the receive permission (S61; default: ask)")
  Permission permission;

  @Option(
      names = "--until-uploaded",
      description =
          "a one-shot run ends once the accepted files are on the server, which holds them for"
              + " the recipient (exit 0), instead of waiting for the transfer to end; an offline"
              + " recipient's device downloads them when it comes")
  boolean untilUploaded;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders to offer")
  List<Path> paths;

  @Override
  int run(DeviceSession session) throws Exception {
    if (to != null && (to.size() > 1 || to.contains(Offer.ALL_DEVICES))) {
      return new SeveralRecipients(this, session).offer(List.copyOf(new LinkedHashSet<>(to)));
    }
    String recipient = recipient(session);
    List<LocalFiles.Entry> files = LocalFiles.of(paths);
    MplpClient client = open(session);
    try {
      Transfer first = client.await(client.transfers().offer(recipient, files, permission));
      if (untilUploaded && session.oneShot() && first.state() == TransferState.ACCEPTED) {
        return followUntilUploaded(session, client, first);
      }
      return followToEnd(session, client, first);
    } finally {
      finish(session, client);
    }
  }

  /** 0 once every accepted file is on the server, or the end's code if it ended first. */
  private int followUntilUploaded(DeviceSession session, MplpClient client, Transfer first)
      throws InterruptedException {
    try {
      Transfer last =
          client.transfers().uploadedOrEnded(first.transferId()).get(waitSeconds, TimeUnit.SECONDS);
      if (last.state().open()) {
        session.io().out().println("uploaded " + first.transferId() + "; the server holds it");
        return ExitCodes.OK;
      }
      return followToEnd(session, client, last);
    } catch (TimeoutException e) {
      session
          .io()
          .err()
          .println("mplp client: the upload did not end within " + waitSeconds + " s");
      return ExitCodes.TIMED_OUT;
    } catch (ExecutionException e) {
      session.io().err().println("mplp client: " + e.getCause().getMessage());
      return ExitCodes.UNREACHABLE;
    }
  }

  private String recipient(DeviceSession session) throws UsageException {
    if (to != null) {
      return to.get(0);
    }
    return session
        .chatDevice()
        .filter(device -> !device.equals(Send.ALL_DEVICES))
        .orElseThrow(
            () ->
                new UsageException(
                    session.oneShot()
                        ? "give the recipient with --to ADDRESS"
                        : "choose one device with /to first, or give --to ADDRESS"));
  }
}
