// Transfers of this device, both ways (spec: Transfers, Receive permissions): the state of each
// as its transfer frames tell it, and the answers (accept, reject, cancel). What moves the bytes
// is in outgoing.js (hash, offer, upload) and incoming.js (download, check, save).

import { Staging } from './staging.js';
import { Meter } from './format.js';
import { safeSegment } from './names.js';
import { offerFiles, startUpload } from './outgoing.js';
import { startDownload, deliver, download } from './incoming.js';

const FINAL = new Set(['rejected', 'cancelled', 'expired', 'completed', 'failed']);

export class Transfers extends EventTarget {
  constructor(session) {
    super();
    this.session = session;
    this.staging = new Staging();
    this.records = new Map(); // key: transferId, or a local id while the offer is being hashed
    this.nextLocal = 1;
    session.addEventListener('transfer', (e) => this.onTransfer(e.detail));
    session.addEventListener('transfer-progress', (e) => this.onProgress(e.detail));
  }

  changed(record) {
    this.dispatchEvent(new CustomEvent('change', { detail: record }));
  }

  list(peer) {
    return [...this.records.values()].filter((r) => peer === '*' ? r.toAll : r.peer === peer && !r.toAll);
  }

  /** Offers files to a device: see outgoing.js. */
  offer(to, entries, permission, options) {
    return offerFiles(this, to, entries, permission, options);
  }

  onTransfer(frame) {
    const self = this.session.self?.address;
    const outgoing = frame.from === self;
    let record = this.records.get(frame.transferId);
    if (!record) {
      record = {
        key: frame.transferId,
        outgoing,
        peer: outgoing ? frame.to : frame.from,
        files: frame.files.map((f) => ({ ...f, done: 0, meter: new Meter() })),
      };
      this.records.set(record.key, record);
    }
    Object.assign(record, {
      transferId: frame.transferId,
      state: frame.state,
      permission: frame.permission,
      reason: frame.reason,
      by: frame.by,
      note: frame.note,
      expiresAt: frame.expiresAt,
    });
    for (const f of frame.files) {
      const mine = record.files[f.index];
      Object.assign(mine, { state: f.state, failure: f.failure, sha256: f.sha256 });
      if (f.token) mine.token = f.token;
      if (!outgoing && mine.name === undefined) Object.assign(mine, f);
    }
    if (FINAL.has(frame.state)) {
      for (const f of record.files) f.abort?.abort();
    } else if (frame.state === 'accepted') {
      for (const f of record.files) {
        if (f.state === 'accepted' && f.token && !f.running) {
          if (outgoing) startUpload(this, record, f);
          else startDownload(this, record, f);
        }
      }
    }
    this.changed(record);
  }

  onProgress({ transferId, index, uploaded, downloaded }) {
    const record = this.records.get(transferId);
    const file = record?.files[index];
    if (!file) return;
    file.uploaded = uploaded;
    file.downloaded = downloaded;
    // The sender learns from the server how far the recipient got.
    if (record.outgoing) file.meter.add(downloaded);
    this.changed(record);
  }

  /** Saves a checked file (incoming.js); byClick: inside a user's click. */
  deliver(record, file, byClick) {
    return deliver(this, record, file, byClick);
  }

  /** Hands a checked file to the browser's downloads. */
  download(record, file) {
    download(this, record, file);
  }

  /** After the user saved it by a download link. */
  saved(record, file) {
    file.needsSave = false;
    file.savedAs = `${safeSegment(file.name)} (downloaded)`;
    this.changed(record);
  }

  accept(record, indexes) {
    const frame = { type: 'accept-offer', transferId: record.transferId };
    if (indexes && indexes.length < record.files.length) frame.files = indexes;
    return this.session.request(frame).then((t) => this.onTransfer(t));
  }

  reject(record, note) {
    const frame = { type: 'reject-offer', transferId: record.transferId };
    if (note) frame.note = note.slice(0, 256);
    return this.session.request(frame).then((t) => this.onTransfer(t));
  }

  cancel(record) {
    return this.session.request({ type: 'cancel-transfer', transferId: record.transferId })
      .then((t) => this.onTransfer(t));
  }

  async clear() {
    for (const record of this.records.values()) for (const f of record.files) f.abort?.abort();
    this.records.clear();
    await this.staging.clear();
  }
}
