// One device's session with the server: the opening exchange, login with the password or the
// device credential (spec: Login), the contact list kept current by device events (Devices),
// messages sent, received and acknowledged (Messages), and reconnection after a drop.

import { Wire, ServerError, ConnectionLost } from './wire.js';
import { scramLogin } from './login.js';
import { ScramError } from './scram.js';
import { store } from './store.js';
import { Outbox } from './outbox.js';


const SHOWN_KEPT = 5000;
const ACK_BATCH = 256;
const PING_SECONDS = 25;

/** Why the browser is not logged in: shown on the login screen. */
export class SignedOut extends Error {}

export class Session extends EventTarget {
  constructor() {
    super();
    this.devices = new Map();
    this.self = null;
    this.settings = null;
    this.limits = null;
    this.state = 'offline';
    this.outbox = new Outbox(this);
    this.shownSet = new Set();
    this.acks = [];
    this.receiptAcks = [];
    this.retries = 0;
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  setState(state, why = '') {
    this.state = state;
    this.emit('state', { state, why });
  }

  /** A new device of this account: a password login registers it (REQ-LOGIN-006). */
  async loginWithPassword(account, password, label) {
    await this.connect();
    let ok;
    try {
      ok = await this.login({ account, username: account, secret: password, label });
    } catch (e) {
      this.wire.close();
      throw e;
    }
    this.device = { account, address: ok.self.address, credential: ok.credential, label };
    await store.put('device', this.device);
    this.online(ok);
  }

  /** The device this browser already is, with its credential: the same address again. */
  async resume() {
    this.device = this.device ?? (await store.get('device'));
    if (!this.device) throw new SignedOut('');
    if (this.device.loggedOut) {
      this.device = { ...this.device, loggedOut: false };
      await store.put('device', this.device);
    }
    await this.connect();
    const { account, address, credential, label } = this.device;
    let ok;
    try {
      ok = await this.login({ account, device: address, username: address, secret: credential, label });
    } catch (e) {
      this.wire.close();
      if (e instanceof ServerError && (e.code === 'bad-credential' || e.code === 'unknown-account')) {
        await this.forgetLocally();
        throw new SignedOut('This browser is no longer a device of the account (it was removed'
          + ' or revoked). Log in with the password to add it again.');
      }
      if (e instanceof ScramError) {
        // Not the server this browser registered with, or not an honest one: no retrying.
        throw new SignedOut(`Login refused: ${e.message}.`);
      }
      throw e;
    }
    this.online(ok);
  }

  async connect() {
    this.setState('connecting');
    this.shownSet = new Set((await store.get('shown')) ?? []);
    const response = await fetch('/.well-known/mplp', { cache: 'no-store' }).catch(() => null);
    if (!response || !response.ok) throw new ConnectionLost('the server cannot be reached');
    const discovery = await response.json();
    const wire = new Wire(discovery.endpoint);
    this.wire = wire;
    wire.addEventListener('frame', (event) => this.onFrame(event.detail));
    wire.addEventListener('close', () => this.onClose(wire));
    await wire.open();
    const welcome = await wire.request({ type: 'hello', versions: ['1.0'] });
    this.limits = welcome.limits;
  }

  async login(credentials) {
    const ok = await scramLogin(this.wire, credentials);
    this.loggedIn = this.wire;
    this.self = ok.self;
    this.devices = new Map(ok.devices.map((d) => [d.address, d]));
    this.multiPoint = ok.multiPoint;
    return ok;
  }

  online(ok) {
    this.stopped = false;
    this.retries = 0;
    this.setState('online');
    this.emit('devices', this.devices);
    this.keepAlive();
    this.outbox.resend();
    this.request({ type: 'get-settings' }).then((s) => this.onSettings(s)).catch(() => {});
    this.emit('login', ok);
  }

  request(frame) {
    if (!this.wire || this.loggedIn !== this.wire || this.wire.closed) {
      return Promise.reject(new ConnectionLost('not connected to the server'));
    }
    return this.wire.request(frame);
  }

  keepAlive() {
    clearInterval(this.pinger);
    const wire = this.wire;
    // A silent network drop leaves a WebSocket open for minutes; a ping finds out.
    this.pinger = setInterval(() => {
      const timer = setTimeout(() => wire.socket.close(), 10000);
      wire.request({ type: 'ping' }).then(() => clearTimeout(timer), () => clearTimeout(timer));
    }, PING_SECONDS * 1000);
  }

  onClose(wire) {
    if (wire !== this.wire) return;
    clearInterval(this.pinger);
    if (this.state === 'online' || this.state === 'reconnecting') this.reconnectSoon();
  }

  reconnectSoon() {
    if (this.stopped) return;
    this.setState('reconnecting');
    const delay = Math.min(1000 * 2 ** this.retries, 15000);
    this.retries++;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.resume().catch((e) => {
        if (e instanceof SignedOut) this.signedOut(e.message);
        else this.reconnectSoon();
      });
    }, delay);
  }

  /** The session ended for good: show the login screen with why. */
  signedOut(why) {
    this.stopped = true;
    clearInterval(this.pinger);
    this.setState('signed-out', why);
  }

  /** Try again at once: after a drop, or after another tab took over this device. */
  reconnectNow() {
    this.stopped = false;
    this.retries = 0;
    this.reconnectSoon();
  }

  onFrame(frame) {
    switch (frame.type) {
      case 'message': this.onMessage(frame); break;
      case 'message-accepted': break;
      case 'delivered': this.emit('delivered', frame); break;
      case 'undeliverable': this.emit('undeliverable', frame); break;
      case 'device-event': this.onDeviceEvent(frame); break;
      case 'settings': this.onSettings(frame); break;
      case 'transfer': this.emit('transfer', frame); break;
      case 'transfer-progress': this.emit('transfer-progress', frame); break;
      case 'error': this.onError(frame); break;
      default: break; // a frame of a later minor version: ignored, as the spec asks
    }
  }

  onError(frame) {
    if (!frame.fatal) return;
    this.stopped = true;
    if (frame.code === 'session-replaced') {
      this.setState('replaced', 'This device logged in somewhere else, perhaps in another tab.');
    } else if (frame.code === 'device-revoked') {
      this.forgetLocally().then(() => this.signedOut('The primary device revoked this browser.'));
    } else {
      this.signedOut(`The server ended the session (${frame.code}).`);
    }
  }

  onDeviceEvent({ event, device }) {
    if (device.address === this.self?.address) return;
    if (event === 'removed') this.devices.delete(device.address);
    else this.devices.set(device.address, device);
    this.emit('devices', this.devices);
  }

  onSettings(settings) {
    this.settings = settings;
    if (this.self) this.self = { ...this.self, role: settings.role, label: settings.label };
    if (this.device && this.device.label !== settings.label) {
      this.device = { ...this.device, label: settings.label };
      store.put('device', this.device);
    }
    this.emit('settings', settings);
  }

  onMessage(message) {
    // A message comes again until its ack is in (REQ-MSG-013); it is shown once (REQ-MSG-016).
    if (!this.shownSet.has(message.messageId)) {
      this.shownSet.add(message.messageId);
      this.emit('message', message);
      const kept = [...this.shownSet].slice(-SHOWN_KEPT);
      // Acknowledged once it is remembered as shown, so that no reload shows it again.
      store.put('shown', kept).then(() => this.acknowledge(message.messageId));
    } else {
      this.acknowledge(message.messageId);
    }
  }

  acknowledge(messageId) {
    this.queueAck('message-ack', this.acks, messageId);
  }

  /** A receipt the history has kept (REQ-MSG-024); until then each login brings it again. */
  acknowledgeReceipt(messageId) {
    this.queueAck('receipt-ack', this.receiptAcks, messageId);
  }

  queueAck(type, queue, messageId) {
    queue.push(messageId);
    if (queue.length > 1) return;
    queueMicrotask(() => {
      // At most ACK_BATCH ids a frame, as the schemas allow. Lost with the connection: the
      // server sends the message or receipt again, and it is not shown twice.
      while (queue.length > 0) {
        const messageIds = queue.splice(0, ACK_BATCH);
        this.request({ type, messageIds }).catch(() => {});
      }
    });
  }

  /** Sends a text to a device or to '*': see Outbox for receipts and resending. */
  sendText(to, text) {
    return this.outbox.send(to, text);
  }

  async logout(removeDevice) {
    this.stopped = true;
    clearInterval(this.pinger);
    try {
      await this.request({ type: 'logout', removeDevice });
    } finally {
      this.wire?.close();
      if (removeDevice) {
        await this.forgetLocally();
      } else if (this.device) {
        // Still this device: a reload shows the login screen, with a button to come back as it.
        this.device = { ...this.device, loggedOut: true };
        await store.put('device', this.device);
      }
      this.setState('signed-out', removeDevice
        ? 'This browser is no longer a device of the account.' : 'Logged out.');
    }
  }

  async forgetLocally() {
    this.device = null;
    await store.clear();
    this.emit('forgotten');
  }
}
