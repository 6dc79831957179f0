// The web terminal (terminal type WEB): wires the session, the chats and the transfers to the
// screens, and decides which screen shows.

import { byId } from './dom.js';
import { Session, SignedOut } from './session.js';
import { History } from './history.js';
import { Transfers } from './transfers.js';
import { Notifier } from './notify.js';
import { store } from './store.js';
import { chosenFolder, folderWritable } from './folder.js';
import { LoginView, describe } from './views/login-view.js';
import { ContactsView } from './views/contacts-view.js';
import { ChatView } from './views/chat-view.js';
import { SettingsView } from './views/settings-view.js';

const STATE_TEXT = {
  connecting: 'connecting…',
  online: 'online',
  reconnecting: 'connection lost, reconnecting…',
  replaced: 'in use elsewhere',
  'signed-out': 'logged out',
  offline: '',
};

class App {
  constructor() {
    this.session = new Session();
    this.history = new History(this.session);
    this.transfers = new Transfers(this.session);
    this.notifier = new Notifier(this.history, this.transfers);
    this.current = null;
    this.permission = 'ask';
    this.login = new LoginView(this.session);
    this.contacts = new ContactsView(this);
    this.chat = new ChatView(this);
    this.settings = new SettingsView(this);
    this.fail = (e) => this.say(describe(e), true);
    this.listen();
  }

  listen() {
    const { session } = this;
    session.addEventListener('state', (e) => this.onState(e.detail));
    session.addEventListener('login', () => {
      byId('me').textContent = session.self.address;
      this.screen(this.shown === 'settings' ? 'settings' : 'home');
      this.refreshFolder();
    });
    session.addEventListener('devices', () => {
      if (this.current && this.current !== '*' && !session.devices.has(this.current)) this.current = null;
      this.contacts.render();
      if (this.shown === 'home') this.chat.render();
      if (this.shown === 'settings') this.settings.render();
    });
    session.addEventListener('settings', () => {
      if (this.shown === 'settings') this.settings.render();
    });
    session.addEventListener('forgotten', () => {
      this.history.clear();
      this.transfers.clear();
    });
    this.history.addEventListener('change', (e) => {
      if (e.detail === this.current && this.shown === 'home') {
        this.history.read(this.current);
        this.chat.renderMessages();
      }
      this.contacts.render();
      this.notifier.updateTitle();
    });
    this.transfers.addEventListener('change', (e) => {
      const record = e.detail;
      // An offer waiting in a chat that is not open counts as unread there.
      if (!record.outgoing && record.state === 'offered' && !record.counted) {
        record.counted = true;
        if (record.peer !== this.current || this.shown !== 'home') {
          this.history.unread.set(record.peer, (this.history.unread.get(record.peer) ?? 0) + 1);
          this.notifier.updateTitle();
        }
      }
      this.schedule(record);
    });
    byId('back').addEventListener('click', () => this.openChat(null));
    byId('settings-button').addEventListener('click', () => this.screen(this.shown === 'settings' ? 'home' : 'settings'));
  }

  /** Transfer cards are drawn at most once a frame, however fast progress comes. */
  schedule(record) {
    this.dirty = this.dirty ?? new Set();
    this.dirty.add(record);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const records = [...this.dirty];
      this.dirty.clear();
      for (const r of records) this.chat.renderTransfer(r);
      if (records.some((r) => !r.outgoing && r.state === 'offered')) this.contacts.render();
    });
  }

  onState({ state, why }) {
    const status = byId('status');
    status.textContent = STATE_TEXT[state] ?? state;
    status.dataset.state = state;
    document.body.dataset.state = state;
    if (state === 'signed-out') {
      byId('me').textContent = '';
      this.current = null;
      this.screen('login');
      this.login.show(why);
    } else if (state === 'replaced') {
      this.say(why, true, { text: 'Use this tab', action: () => this.session.reconnectNow() });
    } else if (state === 'online') {
      this.say('');
    }
  }

  async refreshFolder() {
    const folder = await chosenFolder();
    this.folderChosen = Boolean(folder);
    this.folderReady = await folderWritable(folder).catch(() => false);
  }

  screen(name) {
    this.shown = name;
    byId('login').hidden = name !== 'login';
    byId('home').hidden = name !== 'home';
    byId('settings').hidden = name !== 'settings';
    byId('settings-button').hidden = name === 'login';
    byId('settings-button').textContent = name === 'settings' ? 'Chats' : 'Settings';
    document.body.dataset.screen = name;
    this.updateBack();
    if (name === 'home') {
      this.contacts.render();
      this.chat.render();
    } else if (name === 'settings') {
      this.settings.render();
    }
  }

  openChat(peer) {
    this.current = peer;
    if (peer) this.history.read(peer);
    byId('home').classList.toggle('chatting', Boolean(peer));
    this.updateBack();
    this.contacts.render();
    this.chat.render();
    this.notifier.updateTitle();
  }

  updateBack() {
    byId('back').hidden = !(this.shown === 'home' && this.current);
  }

  /** A line in the banner; with error styling when bad; an optional button. */
  say(text, bad = false, button = null) {
    const banner = byId('banner');
    banner.replaceChildren(text);
    if (button) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = button.text;
      b.addEventListener('click', button.action);
      banner.append(' ', b);
    }
    banner.hidden = !text;
    banner.classList.toggle('bad', bad);
  }

  async logout(removeDevice) {
    try {
      await this.session.logout(removeDevice);
      if (removeDevice) {
        await store.clear();
        await this.transfers.clear();
        localStorage.clear();
      }
    } catch (e) {
      this.fail(e);
    }
  }

  async start() {
    if (!window.isSecureContext || !window.crypto?.subtle) {
      this.say('This page needs a secure context for its cryptography: open it over https (see the'
        + ' server\'s --tls options) or at http://127.0.0.1 / http://localhost.', true);
      return;
    }
    await this.history.load();
    const device = await store.get('device');
    if (!device || device.loggedOut) {
      this.screen('login');
      this.login.show('');
      return;
    }
    try {
      await this.session.resume();
    } catch (e) {
      if (e instanceof SignedOut) this.session.signedOut(e.message);
      else this.session.reconnectSoon();
    }
  }
}

const app = new App();
app.start();
