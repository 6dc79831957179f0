// The contact list (spec: Devices as contacts): the account's other devices with presence, role,
// type and label, as one "My devices" group when the user asks or past three devices (S31-S33);
// selecting one opens the chat with it.

import { h, clear, byId } from '../dom.js';

const GROUP_CHOICE = 'mplp-group';
const AUTOMATIC_PAST = 3;

export class ContactsView {
  constructor(app) {
    this.app = app;
    this.nav = byId('contacts');
  }

  /** true / false when the user chose, null to follow the device count. */
  get choice() {
    const saved = localStorage.getItem(GROUP_CHOICE);
    return saved === null ? null : saved === 'group';
  }

  grouped(count) {
    return this.choice ?? count > AUTOMATIC_PAST;
  }

  render() {
    const { session, history, current } = this.app;
    const devices = [...session.devices.values()].sort((a, b) => a.address.localeCompare(b.address));
    const grouped = this.grouped(devices.length);
    const items = devices.map((d) => this.item(d, current === d.address, history.unread.get(d.address)));
    const list = h('ul', { class: 'device-list' }, items);
    clear(this.nav).append(
      h('div', { class: 'contacts-head' },
        h('h2', { text: 'Contacts' }),
        h('button', {
          type: 'button',
          class: 'link',
          onclick: () => this.toggle(!grouped),
        }, grouped ? 'Show as a list' : 'Show as a group')),
      h('ul', { class: 'device-list' },
        h('li', {}, h('button', {
          type: 'button',
          class: `contact all${current === '*' ? ' current' : ''}`,
          'data-peer': '*',
          onclick: () => this.app.openChat('*'),
        }, h('span', { class: 'avatar' }, '∗'),
        h('span', { class: 'names' }, h('span', { class: 'label', text: 'All my devices' }),
          h('span', { class: 'address', text: `${devices.length} other device(s)` })),
        unreadBadge(history.unread.get('*'))))),
      devices.length === 0
        ? h('p', { class: 'hint', text: 'No other devices yet. Log in on another device with the same account.' })
        : grouped
          ? h('details', { class: 'group', open: true, 'data-group': 'my-devices' },
            h('summary', {}, `My devices (${devices.length})`), list)
          : list);
  }

  toggle(grouped) {
    localStorage.setItem(GROUP_CHOICE, grouped ? 'group' : 'list');
    this.render();
  }

  item(device, current, unread) {
    return h('li', {},
      h('button', {
        type: 'button',
        class: `contact${current ? ' current' : ''}`,
        'data-peer': device.address,
        'data-presence': device.presence,
        onclick: () => this.app.openChat(device.address),
      },
      h('span', { class: 'avatar', 'data-type': device.type }, device.type),
      h('span', { class: 'names' },
        h('span', { class: 'label', text: device.label }),
        h('span', { class: 'address', text: device.address })),
      h('span', { class: `presence ${device.presence}`, title: device.presence, text: device.presence }),
      device.role === 'primary' ? h('span', { class: 'role', text: 'primary' }) : null,
      unreadBadge(unread)));
  }
}

function unreadBadge(n) {
  return n ? h('span', { class: 'unread', 'aria-label': `${n} unread` }, String(n)) : null;
}
