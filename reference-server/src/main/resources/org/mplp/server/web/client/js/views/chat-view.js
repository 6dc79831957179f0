// A chat with one device or with all of them (S11, S33, S41-S43): messages with their receipts,
// the transfers with that device, and a composer that sends text and offers files and folders by
// picker or by drag and drop, with the receive permission the sender chooses (S61).

import { h, clear, byId } from '../dom.js';
import { clock } from '../format.js';
import { transferCard } from './transfer-card.js';
import { droppedEntries, pickedEntries } from '../picked.js';

const PERMISSIONS = [
  ['ask', 'Ask them (they accept or reject)'],
  ['direct', 'Save directly, no question'],
  ['reject', 'Refuse on arrival'],
];

export class ChatView {
  constructor(app) {
    this.app = app;
    this.section = byId('chat');
    this.draft = new Map();
    this.section.addEventListener('dragover', (e) => {
      if (!this.app.current) return;
      e.preventDefault();
      this.section.classList.add('dropping');
    });
    this.section.addEventListener('dragleave', (e) => {
      if (e.target === this.section) this.section.classList.remove('dropping');
    });
    this.section.addEventListener('drop', async (e) => {
      e.preventDefault();
      this.section.classList.remove('dropping');
      if (!this.app.current) return;
      this.offer(await droppedEntries(e.dataTransfer));
    });
  }

  peerName(peer) {
    if (peer === '*') return 'All my devices';
    const device = this.app.session.devices.get(peer);
    return device ? device.label : peer;
  }

  render() {
    const peer = this.app.current;
    if (!peer) {
      this.renderedPeer = null;
      clear(this.section).append(h('p', { class: 'empty', text: 'Choose a device to chat with.' }));
      return;
    }
    const typing = this.section.querySelector('textarea');
    if (typing && this.renderedPeer) this.draft.set(this.renderedPeer, typing.value);
    this.renderedPeer = peer;
    const device = this.app.session.devices.get(peer);
    this.messages = h('ol', { class: 'messages', 'aria-live': 'polite' });
    this.transfersBox = h('section', { class: 'transfers', 'aria-label': 'Files' });
    clear(this.section).append(
      h('header', { class: 'chat-head' },
        h('h2', { text: this.peerName(peer) }),
        h('span', { class: 'address', text: peer === '*' ? 'every other device of the account' : peer }),
        device ? h('span', { class: `presence ${device.presence}`, text: device.presence }) : null),
      this.messages,
      this.transfersBox,
      this.composer(peer));
    this.renderMessages();
    for (const record of this.app.transfers.list(peer)) this.renderTransfer(record);
    this.section.querySelector('textarea').value = this.draft.get(peer) ?? '';
  }

  /** The messages of the open chat, again: after one arrived or a receipt came. */
  renderMessages() {
    const peer = this.renderedPeer;
    if (!peer) return;
    const entries = this.app.history.chat(peer);
    clear(this.messages).append(...entries.map((e) => this.entry(e, peer)));
    this.messages.scrollTop = this.messages.scrollHeight;
  }

  /** One transfer's card, replaced in place so that the other cards keep what is typed in them. */
  renderTransfer(record) {
    if (!this.renderedPeer || !this.app.transfers.list(this.renderedPeer).includes(record)) return;
    const card = transferCard(record, this.app);
    const old = [...this.transfersBox.children].find((c) => c.record === record);
    card.record = record;
    if (old) old.replaceWith(card);
    else this.transfersBox.append(card);
  }

  entry(entry, peer) {
    const body = entry.text !== null && entry.text !== undefined
      ? h('p', { class: 'text', text: entry.text })
      : h('p', { class: 'text binary', text: `(${entry.mediaType}, ${entry.bodyLength} characters of base64)` });
    const meta = [clock(entry.at)];
    if (entry.incoming && peer === '*') meta.unshift(entry.from);
    return h('li', { class: `message ${entry.incoming ? 'in' : 'out'}`, 'data-state': entry.state ?? 'received' },
      body,
      h('span', { class: 'meta' }, meta.join(' · '), entry.incoming ? null : this.receipts(entry, peer)));
  }

  receipts(entry, peer) {
    if (entry.state === 'sending') return h('span', { class: 'receipt sending', text: ' · sending…' });
    if (entry.state === 'refused') return h('span', { class: 'receipt refused', text: ` · refused (${entry.error})` });
    if (entry.recipients.length === 0) return h('span', { class: 'receipt', text: ' · no other device' });
    const parts = entry.recipients.map((r) => {
      const who = peer === '*' ? `${r.to}: ` : '';
      return h('span', { class: `receipt ${r.state}`, 'data-to': r.to, text: ` · ${who}${r.state}` });
    });
    return parts;
  }

  composer(peer) {
    const textarea = h('textarea', {
      name: 'text',
      rows: 2,
      placeholder: 'Message — Enter sends, Shift+Enter for a new line',
      'aria-label': 'Message',
      maxlength: this.app.session.limits?.maxMessageBytes ?? 16384,
    });
    const form = h('form', { class: 'composer', onsubmit: (e) => { e.preventDefault(); this.send(); } },
      textarea, h('button', { type: 'submit' }, 'Send'));
    textarea.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.send();
      }
    });
    const files = h('input', { type: 'file', multiple: true, id: 'pick-files', class: 'visually-hidden' });
    const folder = h('input', { type: 'file', id: 'pick-folder', class: 'visually-hidden', webkitdirectory: true });
    for (const input of [files, folder]) {
      input.addEventListener('change', () => {
        this.offer(pickedEntries(input.files));
        input.value = '';
      });
    }
    const permission = h('select', { id: 'permission', 'aria-label': 'Receive permission' },
      PERMISSIONS.map(([value, text]) => h('option', { value, selected: value === this.app.permission }, text)));
    permission.addEventListener('change', () => { this.app.permission = permission.value; });
    return h('div', { class: 'compose' },
      form,
      h('div', { class: 'file-bar' },
        files, folder,
        h('label', { for: 'pick-files', class: 'button' }, 'Send files…'),
        h('label', { for: 'pick-folder', class: 'button' }, 'Send a folder…'),
        h('label', { class: 'permission' }, 'On arrival: ', permission),
        h('span', { class: 'hint drop-hint', text: 'or drop files here' })));
  }

  send() {
    const textarea = this.section.querySelector('textarea');
    const text = textarea.value;
    if (text.trim() === '') return;
    this.app.session.sendText(this.app.current, text);
    textarea.value = '';
    this.draft.delete(this.app.current);
  }

  offer(entries) {
    if (!entries.length) return;
    const peer = this.app.current;
    const permission = this.app.permission;
    if (peer !== '*') {
      this.app.transfers.offer(peer, entries, permission);
      return;
    }
    // To all: one offer to each other device, each answering for itself.
    for (const address of this.app.session.devices.keys()) {
      this.app.transfers.offer(address, entries, permission, { toAll: true });
    }
  }
}
