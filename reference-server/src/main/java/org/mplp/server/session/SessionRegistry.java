package org.mplp.server.session;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mplp.spec.model.DeviceEvent;

/**
 * The login registry of S23 and S25: which devices of which account are online, on which
 * connection. Changed on the store thread only; readable from any thread.
 */
public final class SessionRegistry {

  private final Map<String, Map<DeviceAddress, Session>> byAccount = new ConcurrentHashMap<>();

  /**
   * Makes a session the one of its device.
   *
   * @return the session it replaces, when the device was online on another connection
   */
  public Optional<Session> bind(Session session, DeviceAddress device) {
    return bind(session, device, 0);
  }

  /**
   * Makes a session the one of its device, whose row id it keeps (so that the message path needs no
   * lookup to know who sends).
   *
   * @return the session it replaces, when the device was online on another connection
   */
  public Optional<Session> bind(Session session, DeviceAddress device, long deviceId) {
    session.loggedIn(device, deviceId);
    Session previous =
        byAccount
            .computeIfAbsent(device.account(), account -> new ConcurrentHashMap<>())
            .put(device, session);
    return previous == session ? Optional.empty() : Optional.ofNullable(previous);
  }

  /** Takes a session out, if it still holds its device; true when it did. */
  public boolean unbind(Session session) {
    Optional<DeviceAddress> device = session.device();
    if (device.isEmpty()) {
      return false;
    }
    boolean[] removed = {false};
    byAccount.computeIfPresent(
        device.get().account(),
        (account, sessions) -> {
          removed[0] = sessions.remove(device.get(), session);
          return sessions.isEmpty() ? null : sessions;
        });
    return removed[0];
  }

  public boolean isOnline(DeviceAddress device) {
    Map<DeviceAddress, Session> sessions = byAccount.get(device.account());
    return sessions != null && sessions.containsKey(device);
  }

  /** The session a device is online on. */
  public Optional<Session> session(DeviceAddress device) {
    Map<DeviceAddress, Session> sessions = byAccount.get(device.account());
    return sessions == null ? Optional.empty() : Optional.ofNullable(sessions.get(device));
  }

  /** Whether a device of the account other than this one is online: multi-point (S23). */
  public boolean anotherOnline(DeviceAddress device) {
    Map<DeviceAddress, Session> sessions = byAccount.get(device.account());
    return sessions != null && sessions.keySet().stream().anyMatch(other -> !other.equals(device));
  }

  /** Sends an event about a device to every other online device of its account, and no other. */
  public void broadcast(DeviceAddress about, DeviceEvent event) {
    Map<DeviceAddress, Session> sessions = byAccount.get(about.account());
    if (sessions == null) {
      return;
    }
    sessions.forEach(
        (device, session) -> {
          if (!device.equals(about)) {
            session.push(event);
          }
        });
  }

  /**
   * Ends the session of every online device of an account its operator removed (REQ-LOGIN-027);
   * answers how many there were. Callable from any thread: each ends on its own event loop.
   */
  public int endAccount(String account) {
    Map<DeviceAddress, Session> sessions = byAccount.get(account);
    if (sessions == null) {
      return 0;
    }
    sessions.values().forEach(Session::accountRemoved);
    return sessions.size();
  }

  /** Online devices across all accounts. */
  public int onlineCount() {
    return byAccount.values().stream().mapToInt(Map::size).sum();
  }
}
