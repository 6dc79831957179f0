package org.mplp.server.devices;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.DeviceList;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.RenameDevice;

/**
 * What a logged-in device does with the account's devices (spec: Devices): list them, rename one,
 * log out or remove itself; and what happens when its connection ends. Runs on the store thread. A
 * device sees and changes only devices of its own account (REQ-DEVICE-005).
 */
public final class DeviceService {

  private final StoreExecutor executor;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final List<DeviceRemoval> removals;
  private final SettingsPush settings;
  private final boolean offlineBeforeRemoval;

  /**
   * @param removals what other features end when a device is removed, in this order
   * @param settings sends a device its settings when its label or role changed
   */
  public DeviceService(
      StoreExecutor executor,
      DeviceStore devices,
      SessionRegistry registry,
      List<DeviceRemoval> removals,
      SettingsPush settings) {
    this(executor, devices, registry, removals, settings, false);
  }

  /**
   * @param offlineBeforeRemoval announce a device removed while online offline first
   *     (CHOICE-DEVICE-07)
   */
  public DeviceService(
      StoreExecutor executor,
      DeviceStore devices,
      SessionRegistry registry,
      List<DeviceRemoval> removals,
      SettingsPush settings,
      boolean offlineBeforeRemoval) {
    this.offlineBeforeRemoval = offlineBeforeRemoval;
    this.executor = executor;
    this.devices = devices;
    this.registry = registry;
    this.removals = List.copyOf(removals);
    this.settings = settings;
  }

  public void list(Session session, ListDevices request, Consumer<Outcome<DeviceList>> reply) {
    executor.submit(() -> list(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  public void rename(Session session, RenameDevice request, Consumer<Outcome<Ok>> reply) {
    executor.submit(() -> rename(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  public void logout(Session session, Logout request, Consumer<Outcome<Ok>> reply) {
    executor.submit(() -> logout(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  /** The connection ended: its device, if it still held it, goes offline. */
  public void ended(Session session) {
    executor.execute(
        () -> {
          try {
            wentAway(session);
          } catch (SQLException e) {
            throw new IllegalStateException("recording the end of a session failed", e);
          }
        });
  }

  /** Every other registered device of the account, with presence (REQ-DEVICE-004). */
  Outcome<DeviceList> list(Session session, ListDevices request) throws SQLException {
    DeviceAddress self = loggedIn(session);
    List<Device> others =
        devices.listByAccount(self.account()).stream()
            .filter(device -> !device.address().equals(self))
            .map(device -> DeviceViews.of(device, registry))
            .toList();
    return Outcome.done(new DeviceList(request.id(), registry.anotherOnline(self), others));
  }

  Outcome<Ok> rename(Session session, RenameDevice request) throws SQLException {
    DeviceAddress self = loggedIn(session);
    Optional<DeviceAddress> target =
        DeviceAddress.parse(request.address())
            .filter(address -> address.account().equals(self.account()));
    Optional<StoredDevice> renamed =
        target.isEmpty() ? Optional.empty() : devices.rename(target.get(), request.label());
    if (renamed.isEmpty()) {
      // Devices of other accounts are reported like devices that do not exist (REQ-DEVICE-015).
      return Outcome.refused(
          ErrorCode.UNKNOWN_DEVICE, "no device of this account has that address");
    }
    registry.broadcast(
        target.get(),
        new DeviceEvent(DeviceEventKind.UPDATED, DeviceViews.of(renamed.get(), registry)));
    // REQ-PRIMARY-003: the label is part of the renamed device's settings.
    settings.pushTo(renamed.get());
    return Outcome.done(new Ok(request.id()));
  }

  Outcome<Ok> logout(Session session, Logout request) throws SQLException {
    DeviceAddress self = loggedIn(session);
    // A session replaced meanwhile no longer speaks for its device: it neither removes it nor
    // takes it offline.
    boolean held = registry.unbind(session);
    if (held && request.removeDevice()) {
      Optional<StoredDevice> leaving = devices.find(self);
      if (leaving.isPresent()) {
        remove(leaving.get(), true);
      }
    } else if (held) {
      wentOffline(self);
    }
    return Outcome.done(new Ok(request.id()));
  }

  /**
   * Removes a device that logged out for good or was revoked: what waits for it becomes
   * undeliverable, its open transfers end and the other party hears of it (REQ-MSG-019,
   * REQ-PRIMARY-010), the other devices are told, and the device registered earliest becomes
   * primary when it was primary (REQ-DEVICE-008) and is sent its new role (REQ-PRIMARY-003). Its
   * session, if any, must be unbound already.
   */
  public void remove(StoredDevice leaving) throws SQLException {
    remove(leaving, false);
  }

  /** As above, for a device that was online until a moment ago when {@code wasOnline}. */
  public void remove(StoredDevice leaving, boolean wasOnline) throws SQLException {
    if (wasOnline && offlineBeforeRemoval) {
      wentOffline(leaving.address()); // CHOICE-DEVICE-07: offline, then removed
    }
    List<Runnable> afterCommit = new ArrayList<>();
    // One transaction: the features' rows and the device's row go together, or none does.
    Optional<DeviceStore.Removal> removal =
        devices.remove(
            leaving.address(),
            () -> {
              for (DeviceRemoval feature : removals) {
                afterCommit.add(feature.removing(leaving));
              }
            });
    if (removal.isEmpty()) {
      return;
    }
    afterCommit.forEach(Runnable::run);
    for (DeviceRemoval feature : removals) {
      feature.removed(removal.get().removed());
    }
    registry.broadcast(
        leaving.address(),
        new DeviceEvent(
            DeviceEventKind.REMOVED, DeviceViews.of(removal.get().removed(), Presence.OFFLINE)));
    Optional<StoredDevice> newPrimary = removal.get().newPrimary();
    if (newPrimary.isPresent()) {
      registry.broadcast(
          newPrimary.get().address(),
          new DeviceEvent(DeviceEventKind.UPDATED, DeviceViews.of(newPrimary.get(), registry)));
      settings.pushTo(newPrimary.get());
    }
  }

  void wentAway(Session session) throws SQLException {
    if (registry.unbind(session)) {
      wentOffline(session.device().orElseThrow());
    }
  }

  private void wentOffline(DeviceAddress device) throws SQLException {
    Optional<StoredDevice> stored = devices.find(device);
    if (stored.isPresent()) {
      registry.broadcast(
          device,
          new DeviceEvent(DeviceEventKind.OFFLINE, DeviceViews.of(stored.get(), Presence.OFFLINE)));
    }
  }

  private static DeviceAddress loggedIn(Session session) {
    return session
        .device()
        .orElseThrow(() -> new IllegalStateException("a device frame before login"));
  }
}
