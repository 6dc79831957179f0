// Settings: this browser's label and own receive setting (spec: Receive permissions), the folder
// for direct receive, notifications, and on the primary device the policies of the others,
// revoke and hand-over (spec: The primary device); logout, and "forget this browser".

import { h, clear, byId } from '../dom.js';
import { bytes } from '../format.js';
import { folderSupported, chosenFolder, chooseFolder, forgetFolder, folderWritable } from '../folder.js';

const PERMISSION_TEXT = { direct: 'direct (no question)', ask: 'ask', reject: 'reject' };

export class SettingsView {
  constructor(app) {
    this.app = app;
    this.main = byId('settings');
    this.confirming = null;
  }

  async render() {
    const { session } = this.app;
    const settings = session.settings;
    const self = session.self;
    if (!self) return;
    const folder = await chosenFolder();
    const writable = await folderWritable(folder).catch(() => false);
    const primary = settings?.role === 'primary';
    clear(this.main).append(
      h('div', { class: 'settings-head' },
        h('h2', { text: 'Settings' }),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.app.screen('home') }, 'Back to the chats')),
      this.thisDevice(self, settings),
      this.receiving(folder, writable),
      this.notifications(),
      this.others(primary),
      this.leave());
  }

  thisDevice(self, settings) {
    const label = h('input', { name: 'label', maxlength: 64, required: true, value: settings?.label ?? self.label, 'aria-label': 'Label' });
    const receive = h('select', { name: 'receive', 'aria-label': 'How this browser takes offers' },
      ['direct', 'ask', 'reject'].map((p) => h('option', { value: p, selected: settings?.receive === p }, PERMISSION_TEXT[p])));
    receive.addEventListener('change', () => this.act(this.app.session.request({ type: 'set-receive', receive: receive.value })));
    const policy = settings?.policy;
    return h('section', { class: 'card', id: 'this-device' },
      h('h3', { text: 'This browser' }),
      h('dl', {},
        h('dt', {}, 'Address'), h('dd', { class: 'self-address', text: self.address }),
        h('dt', {}, 'Role'), h('dd', { class: 'self-role', text: settings?.role ?? self.role }),
        h('dt', {}, 'Policy set by the primary device'),
        h('dd', { text: policy ? `files ${policy.transfers}, messages ${policy.messages}${policy.maxFileBytes !== undefined ? `, files up to ${bytes(policy.maxFileBytes)}` : ''}` : '…' })),
      h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); this.act(this.app.session.request({ type: 'rename-device', address: self.address, label: label.value.trim() })); } },
        h('label', {}, 'Label ', label), h('button', { type: 'submit' }, 'Rename')),
      h('label', { class: 'row' }, 'Offers to this browser: ', receive),
      h('p', { class: 'hint', text: 'The most restrictive of the sender\'s choice, this setting and the policy applies.' }));
  }

  receiving(folder, writable) {
    const section = h('section', { class: 'card', id: 'receive-folder' }, h('h3', { text: 'Where received files go' }));
    if (!folderSupported) {
      section.append(h('p', { class: 'hint', text: 'This browser cannot write into a folder of yours without asking, so each received file is checked and then offered as a download ("Save file"). With permission direct, the download starts by itself where the browser\'s download settings allow it.' }));
      return section;
    }
    section.append(
      h('p', { text: folder ? `Folder: ${folder.name}${writable ? '' : ' (the browser wants you to allow it again: use the button)'}` : 'No folder chosen: received files are offered as downloads.' }),
      h('div', { class: 'row' },
        h('button', { type: 'button', onclick: () => this.act(folder && !writable ? folderWritable(folder, true) : chooseFolder()) }, folder && !writable ? 'Allow writing to it' : folder ? 'Choose another folder' : 'Choose a folder'),
        folder ? h('button', { type: 'button', class: 'secondary', onclick: () => this.act(forgetFolder()) }, 'Forget the folder') : null),
      h('p', { class: 'hint', text: 'Files are written there after their SHA-256 is checked, never over an existing file.' }));
    return section;
  }

  notifications() {
    const notifier = this.app.notifier;
    const state = !notifier.supported ? 'not supported by this browser' : Notification.permission;
    return h('section', { class: 'card', id: 'notifications' },
      h('h3', { text: 'Notifications' }),
      h('p', { text: `Messages and offers that arrive while this tab is in the background: ${state}.` }),
      notifier.supported && Notification.permission === 'default'
        ? h('button', { type: 'button', onclick: () => this.act(notifier.ask()) }, 'Allow notifications') : null);
  }

  others(primary) {
    const { session } = this.app;
    const devices = [...session.devices.values()];
    const section = h('section', { class: 'card', id: 'devices' }, h('h3', { text: 'The account\'s other devices' }));
    if (!primary) {
      const boss = devices.find((d) => d.role === 'primary');
      section.append(h('p', { class: 'hint', text: `Only the primary device${boss ? ` (${boss.address})` : ''} sets policies, revokes devices and hands over the role.` }));
    }
    if (devices.length === 0) section.append(h('p', { class: 'hint', text: 'No other devices.' }));
    for (const device of devices) section.append(this.deviceRow(device, primary));
    return section;
  }

  deviceRow(device, primary) {
    const row = h('div', { class: 'device-row', 'data-address': device.address },
      h('div', { class: 'who' },
        h('strong', { text: device.label }), ' ',
        h('span', { class: 'address', text: device.address }), ' ',
        h('span', { class: `presence ${device.presence}`, text: device.presence }),
        device.role === 'primary' ? h('span', { class: 'role', text: 'primary' }) : null));
    if (!primary) return row;
    const transfers = h('select', { name: 'transfers', 'aria-label': 'Files' }, ['direct', 'ask', 'reject'].map((p) => h('option', { value: p }, `files: ${PERMISSION_TEXT[p]}`)));
    const messages = h('select', { name: 'messages', 'aria-label': 'Messages' }, ['accept', 'reject'].map((p) => h('option', { value: p }, `messages: ${p}`)));
    const cap = h('input', { name: 'max', type: 'number', min: 0, step: 1, placeholder: 'no cap', 'aria-label': 'Largest file in MB' });
    const confirm = (what, action) => {
      const key = `${what} ${device.address}`;
      if (this.confirming !== key) {
        this.confirming = key;
        this.render();
        return;
      }
      this.confirming = null;
      this.act(action());
    };
    row.append(
      h('form', { class: 'row policy', onsubmit: (e) => {
        e.preventDefault();
        const policy = { transfers: transfers.value, messages: messages.value };
        if (cap.value !== '') policy.maxFileBytes = Math.round(Number(cap.value) * 1e6);
        this.act(this.app.session.request({ type: 'set-policy', device: device.address, policy }), `Policy of ${device.address} set.`);
      } }, transfers, messages, h('label', {}, 'MB ', cap), h('button', { type: 'submit' }, 'Set policy')),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'secondary make-primary', onclick: () => confirm('primary', () => this.app.session.request({ type: 'make-primary', device: device.address })) },
          this.confirming === `primary ${device.address}` ? 'Really hand over the primary role?' : 'Make primary'),
        h('button', { type: 'button', class: 'danger revoke', onclick: () => confirm('revoke', () => this.app.session.request({ type: 'revoke-device', device: device.address })) },
          this.confirming === `revoke ${device.address}` ? 'Really revoke? Its session ends.' : 'Revoke')));
    return row;
  }

  leave() {
    return h('section', { class: 'card', id: 'leave' },
      h('h3', { text: 'Leave' }),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'secondary logout', onclick: () => this.app.logout(false) }, 'Log out'),
        h('button', { type: 'button', class: 'danger forget', onclick: () => this.app.logout(true) }, 'Forget this browser')),
      h('p', { class: 'hint', text: 'Log out keeps this browser a device of the account (same address next time). Forget removes the device, its credential and everything this page kept.' }));
  }

  act(promise, done = 'Done.') {
    Promise.resolve(promise).then(() => { this.app.say(done); this.render(); }, (e) => this.app.fail(e));
  }
}
