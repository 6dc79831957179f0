// Messages on their way (spec: Messages > Storing and resending): each has a clientMessageId of
// its own, so a send repeated after a lost connection is the same message, never a second one.

import { ServerError } from './wire.js';

function newClientMessageId() {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `web-${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}`;
}

export class Outbox {
  constructor(session) {
    this.session = session;
    this.waiting = new Map();
  }

  /** Returns the outgoing entry; its state goes sending -> accepted | refused. */
  send(to, body) {
    const entry = {
      clientMessageId: newClientMessageId(),
      to,
      body,
      state: 'sending',
      recipients: [],
      at: new Date().toISOString(),
    };
    this.waiting.set(entry.clientMessageId, entry);
    this.attempt(entry);
    return entry;
  }

  attempt(entry) {
    const frame = {
      type: 'send',
      clientMessageId: entry.clientMessageId,
      to: entry.to,
      mediaType: 'text/plain',
      body: entry.body,
    };
    this.session.request(frame).then((accepted) => {
      this.waiting.delete(entry.clientMessageId);
      entry.state = 'accepted';
      entry.at = accepted.sentAt;
      entry.recipients = accepted.recipients.map((r) => ({ ...r, state: 'sent' }));
      this.session.emit('outgoing', entry);
    }, (e) => {
      if (e instanceof ServerError) {
        this.waiting.delete(entry.clientMessageId);
        entry.state = 'refused';
        entry.error = e.code;
        this.session.emit('outgoing', entry);
      }
      // Otherwise the connection is gone: resend() tries again after the next login.
    });
    this.session.emit('outgoing', entry);
  }

  resend() {
    for (const entry of this.waiting.values()) this.attempt(entry);
  }
}
