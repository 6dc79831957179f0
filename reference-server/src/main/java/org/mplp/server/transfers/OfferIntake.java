package org.mplp.server.transfers;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * An offer becomes a transfer (REQ-XFER-001 to 010, REQ-PERM-001 to 004): checked against the
 * limits, the recipient and the account's open transfers, then offered, accepted at once or
 * rejected at once as the permission that applies says.
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

  /** The transfer the offer makes, not yet stored; or why it is refused. On the store thread. */
  Outcome<StoredTransfer> take(DeviceAddress self, Offer offer) throws SQLException {
    Optional<StoredDevice> sender = devices.find(self);
    Optional<DeviceAddress> to =
        DeviceAddress.parse(offer.to())
            .filter(address -> address.account().equals(self.account()) && !address.equals(self));
    Optional<StoredDevice> recipient = to.isEmpty() ? Optional.empty() : devices.find(to.get());
    if (sender.isEmpty() || recipient.isEmpty()) {
      return Outcome.refused(
          ErrorCode.UNKNOWN_DEVICE, "no other device of this account has that address");
    }
    int max = limits.maxOpenTransfers();
    if (transfers.openCount(sender.get().id()) >= max
        || transfers.openCount(recipient.get().id()) >= max) {
      return Outcome.refused(
          ErrorCode.TOO_MANY_TRANSFERS,
          "the sender or the recipient takes part in " + max + " open transfers already");
    }
    long offered = offer.files().stream().mapToLong(OfferedFile::size).sum();
    if (transfers.openBytes(self.account()) + offered > limits.spoolQuotaBytes()) {
      return Outcome.refused(
          ErrorCode.SPOOL_FULL,
          "the account's open transfers would exceed " + limits.spoolQuotaBytes() + " bytes");
    }
    ReceiveRules.Decision decision =
        ReceiveRules.decide(
            offer.permissionOrDefault(), settings.find(recipient.get().id()), offer.files());
    return Outcome.done(transfer(sender.get(), recipient.get(), offer, decision));
  }

  private StoredTransfer transfer(
      StoredDevice sender, StoredDevice recipient, Offer offer, ReceiveRules.Decision decision) {
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
        files);
  }
}
