package org.mplp.server.session;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Settings;

/**
 * One control channel as the services see it: where its answers run (its event loop), the address
 * it connects from, and, once logged in, its device. What the services tell it runs on its event
 * loop, in the order they told it.
 */
public final class Session {

  /** The control channel's side: called on its event loop. */
  public interface Endpoint {
    /** Another device of the account changed (spec: Devices, Events). */
    void onDeviceEvent(DeviceEvent event);

    /** The same device logged in on another connection (REQ-LOGIN-009). */
    void onReplaced();

    /** A message for this device was stored (spec: Messages); it may deliver it or fetch it. */
    void onMessage(Message message);

    /** A delivered or undeliverable receipt for a message this device sent. */
    void onReceipt(Frame receipt);

    /** The device's settings changed (REQ-PRIMARY-003). */
    void onSettings(Settings settings);

    /** The primary device revoked this device (REQ-PRIMARY-008). */
    void onRevoked();

    /** The account was removed by its operator: the session ends (REQ-LOGIN-027). */
    void onAccountRemoved();

    /** A transfer or transfer-progress frame for this device, sent unasked (spec: Transfers). */
    void onTransfer(Frame frame);
  }

  private final Executor eventLoop;
  private final String remoteIp;
  private final Endpoint endpoint;
  private volatile DeviceAddress device;
  private volatile long deviceId;

  public Session(Executor eventLoop, String remoteIp, Endpoint endpoint) {
    this.eventLoop = eventLoop;
    this.remoteIp = remoteIp;
    this.endpoint = endpoint;
  }

  /** The event loop the session's answers run on. */
  public Executor eventLoop() {
    return eventLoop;
  }

  /** The IP address the server observes the connection from (S25). */
  public String remoteIp() {
    return remoteIp;
  }

  /** The device logged in on this connection; empty before login. */
  public Optional<DeviceAddress> device() {
    return Optional.ofNullable(device);
  }

  /** The row id of the device logged in here; 0 before login or when not known. */
  public long deviceId() {
    return deviceId;
  }

  void loggedIn(DeviceAddress address, long id) {
    this.deviceId = id;
    this.device = address;
  }

  void push(DeviceEvent event) {
    onEventLoop(() -> endpoint.onDeviceEvent(event));
  }

  public void offer(Message message) {
    onEventLoop(() -> endpoint.onMessage(message));
  }

  public void receipt(Frame receipt) {
    onEventLoop(() -> endpoint.onReceipt(receipt));
  }

  public void transfer(Frame frame) {
    onEventLoop(() -> endpoint.onTransfer(frame));
  }

  /** Runs an answer on the session's event loop. */
  public void onEventLoopReply(Runnable task) {
    onEventLoop(task);
  }

  public void settings(Settings settings) {
    onEventLoop(() -> endpoint.onSettings(settings));
  }

  public void revoke() {
    onEventLoop(endpoint::onRevoked);
  }

  public void accountRemoved() {
    onEventLoop(endpoint::onAccountRemoved);
  }

  public void replace() {
    onEventLoop(endpoint::onReplaced);
  }

  private void onEventLoop(Runnable task) {
    try {
      eventLoop.execute(task);
    } catch (RejectedExecutionException e) {
      // The server is stopping; the connection goes with it.
    }
  }
}
