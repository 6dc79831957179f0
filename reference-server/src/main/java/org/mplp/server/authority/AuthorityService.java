package org.mplp.server.authority;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.devices.DeviceService;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.DeviceViews;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.RevokeDevice;
import org.mplp.spec.model.Role;
import org.mplp.spec.model.SetPolicy;

/**
 * What only the primary device may do (spec: The primary device, claim 5): set a device's policy,
 * revoke a device, hand over the role. Runs on the store thread.
 */
public final class AuthorityService {

  private final StoreExecutor executor;
  private final DeviceStore devices;
  private final DeviceSettingsStore settings;
  private final SettingsFrames frames;
  private final SessionRegistry registry;
  private final DeviceService deviceService;

  public AuthorityService(
      StoreExecutor executor,
      DeviceStore devices,
      DeviceSettingsStore settings,
      SettingsFrames frames,
      SessionRegistry registry,
      DeviceService deviceService) {
    this.executor = executor;
    this.devices = devices;
    this.settings = settings;
    this.frames = frames;
    this.registry = registry;
    this.deviceService = deviceService;
  }

  public void setPolicy(Session session, SetPolicy request, Consumer<Outcome<Ok>> reply) {
    executor.submit(
        () -> setPolicy(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  public void revoke(Session session, RevokeDevice request, Consumer<Outcome<Ok>> reply) {
    executor.submit(() -> revoke(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  public void makePrimary(Session session, MakePrimary request, Consumer<Outcome<Ok>> reply) {
    executor.submit(
        () -> makePrimary(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  /** REQ-PRIMARY-001: the policy replaces the old one; the device keeps its own setting. */
  Outcome<Ok> setPolicy(Session session, SetPolicy request) throws SQLException {
    Target target = target(session, request.device(), true);
    if (target.refusal() != null) {
      return target.refusal();
    }
    long id = target.device().id();
    DeviceSettings current = settings.find(id);
    settings.save(id, new DeviceSettings(current.receive(), request.policy()));
    frames.pushTo(target.device());
    return Outcome.done(new Ok(request.id()));
  }

  /** REQ-PRIMARY-007, REQ-PRIMARY-008: removed as by its own logout, its session ended. */
  Outcome<Ok> revoke(Session session, RevokeDevice request) throws SQLException {
    Target target = target(session, request.device(), false);
    if (target.refusal() != null) {
      return target.refusal();
    }
    Optional<Session> revoked = registry.session(target.device().address());
    // Unbound first: its connection's end then neither reports it offline nor touches the device.
    revoked.ifPresent(registry::unbind);
    deviceService.remove(target.device(), revoked.isPresent());
    revoked.ifPresent(Session::revoke);
    return Outcome.done(new Ok(request.id()));
  }

  /** REQ-PRIMARY-011, REQ-PRIMARY-012: roles swapped, everyone told, both sent their settings. */
  Outcome<Ok> makePrimary(Session session, MakePrimary request) throws SQLException {
    Target target = target(session, request.device(), false);
    if (target.refusal() != null) {
      return target.refusal();
    }
    DeviceAddress self = loggedIn(session);
    Optional<List<StoredDevice>> swapped = devices.handOverPrimary(self, target.device().address());
    if (swapped.isEmpty()) {
      return unknownDevice();
    }
    for (StoredDevice changed : swapped.get()) {
      registry.broadcast(
          changed.address(),
          new DeviceEvent(DeviceEventKind.UPDATED, DeviceViews.of(changed, registry)));
      frames.pushTo(changed);
    }
    return Outcome.done(new Ok(request.id()));
  }

  /**
   * The device a frame of the primary device names: refused with not-primary from a secondary
   * (REQ-PRIMARY-002), with unknown-device for an address that is no device of the account
   * (REQ-PRIMARY-005) or, where {@code selfAllowed} is false, the asking device (REQ-PRIMARY-013).
   */
  private Target target(Session session, String named, boolean selfAllowed) throws SQLException {
    DeviceAddress self = loggedIn(session);
    Optional<StoredDevice> asking = devices.find(self);
    if (asking.isEmpty() || asking.get().role() != Role.PRIMARY) {
      return new Target(
          null, Outcome.refused(ErrorCode.NOT_PRIMARY, "only the primary device may do this"));
    }
    Optional<DeviceAddress> address =
        DeviceAddress.parse(named)
            .filter(parsed -> parsed.account().equals(self.account()))
            .filter(parsed -> selfAllowed || !parsed.equals(self));
    Optional<StoredDevice> device =
        address.isEmpty() ? Optional.empty() : devices.find(address.get());
    return device.isEmpty() ? new Target(null, unknownDevice()) : new Target(device.get(), null);
  }

  private static Outcome<Ok> unknownDevice() {
    // Devices of other accounts are reported like devices that do not exist (REQ-DEVICE-015).
    return Outcome.refused(
        ErrorCode.UNKNOWN_DEVICE, "no other device of this account has that address");
  }

  private static DeviceAddress loggedIn(Session session) {
    return session
        .device()
        .orElseThrow(() -> new IllegalStateException("a primary device frame before login"));
  }

  /** The device named, or the refusal instead. */
  private record Target(StoredDevice device, Outcome<Ok> refusal) {}
}
