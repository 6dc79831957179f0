package org.mplp.server.transfers;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mplp.server.authority.DeviceSettingsStore;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.OfferedFile;
import org.mplp.spec.model.TransferState;

/**
 * An offer becomes a transfer (REQ-XFER-001 to 010, REQ-PERM-001 to 004), or one per recipient when
 * it goes to several devices (REQ-XFER-031, 034): checked against the limits, the recipients and
 * the account's open transfers, as a whole, then each offered, accepted at once or rejected at once
 * as the permission that applies to its recipient says.
 */
final class OfferIntake {

  private final TransferStore transfers;
  private final DeviceStore devices;
  private final DeviceSettingsStore settings;
  private final Limits limits;
  private final Tokens tokens;
  private final Clock clock;

  OfferIntake(
      TransferStore transfers,
      DeviceStore devices,
      DeviceSettingsStore settings,
      Limits limits,
      Tokens tokens,
      Clock clock) {
    this.transfers = transfers;
    this.devices = devices;
    this.settings = settings;
    this.limits = limits;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** The checks that need nothing stored; run on the event loop. */
  Optional<OfferChecks.Refusal> checkAlone(Offer offer) {
    return OfferChecks.check(offer.files(), limits);
  }

  /**
   * The transfers the offer makes, one per recipient, not yet stored; or why the offer is refused.
   * On the store thread.
   */
  Outcome<List<StoredTransfer>> take(DeviceAddress self, Offer offer) throws SQLException {
    Optional<StoredDevice> sender = devices.find(self);
    Optional<List<StoredDevice>> recipients = recipients(self, offer);
    if (sender.isEmpty() || recipients.isEmpty()) {
      return Outcome.refused(
          ErrorCode.UNKNOWN_DEVICE, "no other device of this account has that address");
    }
    int max = limits.maxOpenTransfers();
    boolean recipientFull = false;
    for (StoredDevice recipient : recipients.get()) {
      recipientFull |= transfers.openCount(recipient.id()) >= max;
    }
    if (recipientFull || transfers.openCount(sender.get().id()) + recipients.get().size() > max) {
      return Outcome.refused(
          ErrorCode.TOO_MANY_TRANSFERS,
          "the sender or a recipient would take part in more than " + max + " open transfers");
    }
    // Each transfer of a group counts its files, though the spool holds them once (CHOICE-XFER-10).
    long offered =
        offer.files().stream().mapToLong(OfferedFile::size).sum() * recipients.get().size();
    if (transfers.openBytes(self.account()) + offered > limits.spoolQuotaBytes()) {
      return Outcome.refused(
          ErrorCode.SPOOL_FULL,
          "the account's open transfers would exceed " + limits.spoolQuotaBytes() + " bytes");
    }
    String group = offer.toSeveral() ? tokens.groupId() : null;
    List<StoredTransfer> made = new ArrayList<>();
    for (StoredDevice recipient : recipients.get()) {
      ReceiveRules.Decision decision =
          ReceiveRules.decide(
              offer.permissionOrDefault(), settings.find(recipient.id()), offer.files());
      made.add(transfer(sender.get(), recipient, offer, decision, group));
    }
    return Outcome.done(made);
  }

  /**
   * The devices an offer goes to, each once, in the order it names them (for {@code *}, every other
   * device of the account); empty when it names one that is not another device of the sender's
   * account, or when {@code *} finds none.
   */
  private Optional<List<StoredDevice>> recipients(DeviceAddress self, Offer offer)
      throws SQLException {
    if (Offer.ALL_DEVICES.equals(offer.to())) {
      List<StoredDevice> others =
          devices.listByAccount(self.account()).stream()
              .filter(device -> !device.address().equals(self))
              .toList();
      return others.isEmpty() ? Optional.empty() : Optional.of(others);
    }
    Set<String> named = new LinkedHashSet<>();
    named.add(offer.to());
    if (offer.otherRecipients() != null) {
      named.addAll(offer.otherRecipients());
    }
    List<StoredDevice> found = new ArrayList<>();
    for (String address : named) {
      Optional<DeviceAddress> to =
          DeviceAddress.parse(address)
              .filter(a -> a.account().equals(self.account()) && !a.equals(self));
      Optional<StoredDevice> device = to.isEmpty() ? Optional.empty() : devices.find(to.get());
      if (device.isEmpty()) {
        return Optional.empty();
      }
      found.add(device.get());
    }
    return Optional.of(found);
  }

  private StoredTransfer transfer(
      StoredDevice sender,
      StoredDevice recipient,
      Offer offer,
      ReceiveRules.Decision decision,
      String group) {
    Instant now = Timestamps.now(clock);
    long lifetime =
        offer.expiresIn() == null
            ? limits.offerLifetimeSeconds()
            : Math.min(offer.expiresIn(), limits.offerLifetimeSeconds());
    TransferState state = TransferState.OFFERED;
    Instant expires = now.plus(Duration.ofSeconds(lifetime));
    FileState fileState = FileState.OFFERED;
    if (decision.rejected()) {
      state = TransferState.REJECTED;
      fileState = FileState.DECLINED;
    } else if (decision.permission() == org.mplp.spec.model.Permission.DIRECT) {
      state = TransferState.ACCEPTED;
      expires = now.plus(Duration.ofSeconds(limits.transferLifetimeSeconds()));
    }
    List<StoredFile> files = new ArrayList<>();
    for (int i = 0; i < offer.files().size(); i++) {
      OfferedFile f = offer.files().get(i);
      StoredFile file =
          new StoredFile(
              i,
              f.name(),
              f.path(),
              f.size(),
              f.sha256(),
              f.mediaType(),
              fileState,
              null,
              null,
              null);
      files.add(
          state == TransferState.ACCEPTED ? file.accepted(tokens.token(), tokens.token()) : file);
    }
    return new StoredTransfer(
        0,
        tokens.transferId(),
        sender.account(),
        sender.id(),
        sender.address(),
        recipient.id(),
        recipient.address(),
        decision.permission(),
        state,
        decision.rejection(),
        null,
        null,
        Timestamps.format(now),
        expires,
        !decision.rejected(),
        files,
        group);
  }
}
