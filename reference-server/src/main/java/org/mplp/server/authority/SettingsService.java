package org.mplp.server.authority;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.SetReceive;
import org.mplp.spec.model.Settings;

/**
 * A device's own settings (spec: Receive permissions, A device's own setting): get-settings and
 * set-receive, each answered with the settings frame. Runs on the store thread.
 */
public final class SettingsService {

  private final StoreExecutor executor;
  private final DeviceStore devices;
  private final DeviceSettingsStore settings;
  private final SettingsFrames frames;
  private final boolean atLogin;

  public SettingsService(
      StoreExecutor executor,
      DeviceStore devices,
      DeviceSettingsStore settings,
      SettingsFrames frames) {
    this(executor, devices, settings, frames, false);
  }

  /**
   * @param atLogin send each device its settings after the login-ok of its login (REQ-PERM-009)
   */
  public SettingsService(
      StoreExecutor executor,
      DeviceStore devices,
      DeviceSettingsStore settings,
      SettingsFrames frames,
      boolean atLogin) {
    this.executor = executor;
    this.devices = devices;
    this.settings = settings;
    this.frames = frames;
    this.atLogin = atLogin;
  }

  /** After login-ok: the device's settings, unasked, when the server is set to send them then. */
  public void sendAtLogin(Session session) {
    if (!atLogin) {
      return;
    }
    executor.execute(
        () -> {
          try {
            Optional<StoredDevice> self = devices.find(loggedIn(session));
            if (self.isPresent()) {
              session.settings(frames.of(self.get(), null));
            }
          } catch (SQLException e) {
            throw new IllegalStateException("reading the settings of a login failed", e);
          }
        });
  }

  public void get(Session session, GetSettings request, Consumer<Outcome<Settings>> reply) {
    executor.submit(() -> get(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  public void setReceive(Session session, SetReceive request, Consumer<Outcome<Settings>> reply) {
    executor.submit(
        () -> setReceive(session, request), session.eventLoop(), Outcome.replyingTo(reply));
  }

  /** REQ-PERM-007: the asking device's settings. */
  Outcome<Settings> get(Session session, GetSettings request) throws SQLException {
    Optional<StoredDevice> self = devices.find(loggedIn(session));
    if (self.isEmpty()) {
      return gone();
    }
    return Outcome.done(frames.of(self.get(), request.id()));
  }

  /** REQ-PERM-006: the new receive, kept with the policy the primary device set. */
  Outcome<Settings> setReceive(Session session, SetReceive request) throws SQLException {
    Optional<StoredDevice> self = devices.find(loggedIn(session));
    if (self.isEmpty()) {
      return gone();
    }
    long id = self.get().id();
    DeviceSettings current = settings.find(id);
    settings.save(id, new DeviceSettings(request.receive(), current.policy()));
    return Outcome.done(frames.of(self.get(), request.id()));
  }

  private static <T> Outcome<T> gone() {
    return Outcome.refused(ErrorCode.UNKNOWN_DEVICE, "this device is no longer registered");
  }

  private static DeviceAddress loggedIn(Session session) {
    return session
        .device()
        .orElseThrow(() -> new IllegalStateException("a settings frame before login"));
  }
}
