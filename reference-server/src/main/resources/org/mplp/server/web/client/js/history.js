// The chats: what was said with each device and with all of them ('*'), kept in IndexedDB so a
// reload shows it again. Receipts update the sent entries (spec: Messages > Receipts).

import { store } from './store.js';

const KEPT_PER_CHAT = 200;

export class History extends EventTarget {
  constructor(session) {
    super();
    this.session = session;
    this.chats = new Map();
    this.unread = new Map();
    session.addEventListener('message', (e) => this.onMessage(e.detail));
    session.addEventListener('outgoing', (e) => this.onOutgoing(e.detail));
    session.addEventListener('delivered', (e) => this.onReceipt(e.detail, 'delivered'));
    session.addEventListener('undeliverable', (e) => this.onReceipt(e.detail, 'undeliverable'));
  }

  async load() {
    const saved = (await store.get('history')) ?? {};
    this.chats = new Map(Object.entries(saved));
  }

  chat(peer) {
    if (!this.chats.has(peer)) this.chats.set(peer, []);
    return this.chats.get(peer);
  }

  changed(peer) {
    const kept = {};
    for (const [key, entries] of this.chats) kept[key] = entries.slice(-KEPT_PER_CHAT);
    const saved = store.put('history', kept).catch(() => {});
    this.dispatchEvent(new CustomEvent('change', { detail: peer }));
    return saved;
  }

  onMessage(message) {
    const text = message.mediaType.startsWith('text/');
    this.chat(message.from).push({
      incoming: true,
      messageId: message.messageId,
      from: message.from,
      at: message.sentAt,
      text: text ? message.body : null,
      mediaType: message.mediaType,
      bodyLength: message.body.length,
    });
    this.unread.set(message.from, (this.unread.get(message.from) ?? 0) + 1);
    this.changed(message.from);
    this.dispatchEvent(new CustomEvent('incoming', { detail: message }));
  }

  onOutgoing(entry) {
    const chat = this.chat(entry.to);
    const at = chat.findIndex((e) => e.clientMessageId === entry.clientMessageId);
    const copy = {
      incoming: false,
      clientMessageId: entry.clientMessageId,
      text: entry.body,
      at: entry.at,
      state: entry.state,
      error: entry.error,
      recipients: entry.recipients.map((r) => ({ ...r })),
    };
    if (at >= 0) {
      // A receipt may have come before message-accepted was processed: keep what it said.
      const before = chat[at].recipients ?? [];
      for (const r of copy.recipients) {
        const old = before.find((b) => b.to === r.to);
        if (old && old.state !== 'sent') r.state = old.state;
      }
      chat[at] = copy;
    } else {
      chat.push(copy);
    }
    this.changed(entry.to);
  }

  onReceipt(receipt, state) {
    // Acknowledged once kept, so a reload in between gets the receipt again at the next login.
    this.record(receipt, state).then(() => this.session.acknowledgeReceipt(receipt.messageId));
  }

  record(receipt, state) {
    for (const [peer, chat] of this.chats) {
      const entry = chat.find((e) => e.clientMessageId === receipt.clientMessageId && !e.incoming);
      if (!entry) continue;
      const recipient = entry.recipients.find((r) => r.to === receipt.to);
      if (recipient) recipient.state = state;
      else entry.recipients.push({ to: receipt.to, messageId: receipt.messageId, state });
      return this.changed(peer);
    }
    return Promise.resolve();
  }


  read(peer) {
    this.unread.delete(peer);
  }

  totalUnread() {
    let total = 0;
    for (const n of this.unread.values()) total += n;
    return total;
  }

  async clear() {
    this.chats.clear();
    this.unread.clear();
  }
}
