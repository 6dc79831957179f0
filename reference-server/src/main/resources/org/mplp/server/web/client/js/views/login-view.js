// The login screen: account, password and a name for this browser; a password login registers
// the browser as a new WEB device (spec: Login).

import { byId, h } from '../dom.js';
import { store } from '../store.js';
import { ServerError, ConnectionLost } from '../wire.js';
import { ScramError } from '../scram.js';

const REASONS = {
  'unknown-account': 'No such account, or a wrong password.',
  'bad-credential': 'No such account, or a wrong password.',
  'locked-out': 'Too many failed logins: this account\'s password logins are locked for a while.',
  'too-many-devices': 'The account has as many devices as the server allows. Remove one first.',
  'rate-limited': 'Too fast; try again in a moment.',
};

export class LoginView {
  constructor(session) {
    this.session = session;
    this.form = byId('login-form');
    this.error = byId('login-error');
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
  }

  /** The login screen; with the device this browser still is, a button to log in as it. */
  async show(why) {
    this.error.textContent = why ?? '';
    this.form.elements.password.value = '';
    this.form.querySelector('.resume')?.remove();
    const device = await store.get('device');
    if (!device) return;
    this.form.elements.account.value = device.account;
    const button = h('button', {
      type: 'button',
      id: 'resume-device',
      class: 'secondary',
      onclick: () => {
        this.error.textContent = 'Logging in…';
        this.session.stopped = false;
        this.session.resume().then(() => { this.error.textContent = ''; },
          (e) => { this.error.textContent = e.message || describe(e); });
      },
    }, `Log in again as ${device.address}`);
    this.form.append(h('div', { class: 'resume' },
      h('p', { class: 'hint', text: 'or, with the password above, as a new device.' }), button));
  }

  async submit() {
    const { account, password, label } = this.form.elements;
    const button = this.form.querySelector('button');
    button.disabled = true;
    this.error.textContent = 'Logging in…';
    try {
      await this.session.loginWithPassword(account.value.trim(), password.value, label.value.trim());
      password.value = '';
      this.error.textContent = '';
    } catch (e) {
      this.error.textContent = describe(e);
    } finally {
      button.disabled = false;
    }
  }
}

export function describe(error) {
  if (error instanceof ServerError) return REASONS[error.code] ?? `The server refused: ${error.code}.`;
  if (error instanceof ScramError) return `Login refused: ${error.message}.`;
  if (error instanceof ConnectionLost) return 'The server cannot be reached.';
  return `Login failed: ${error.message}`;
}
