// Transfers of this device, both ways (spec: Transfers, Receive permissions). Outgoing: files
// hashed, offered, uploaded once accepted. Incoming: offers answered, accepted files downloaded
// into staging, their SHA-256 checked, the result reported, and the file saved.

import { hashBlob } from './sha256.js';
import { upload, download, DataRefused } from './data.js';
import { Staging } from './staging.js';
import { Meter } from './format.js';
import { safeSegment, safePath, pathAllowed } from './names.js';
import { chosenFolder, folderWritable, saveInto } from './folder.js';

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

  /**
   * Offers files to a device. entries: [{file, path}] where path is the folder part of a picked
   * folder's relative path (or ''). Names are made safe before they go out.
   */
  async offer(to, entries, permission, { toAll = false } = {}) {
    const record = {
      key: `local-${this.nextLocal++}`,
      outgoing: true,
      toAll,
      peer: to,
      permission,
      state: 'hashing',
      files: entries.map(({ file, path }, index) => ({
        index,
        name: safeSegment(file.name),
        path: path ? safePath(path).join('/') : undefined,
        size: file.size,
        mediaType: mediaTypeOf(file),
        local: file,
        done: 0,
        meter: new Meter(),
      })),
    };
    for (const f of record.files) if (f.path === '' || (f.path && !pathAllowed(f.path))) f.path = undefined;
    this.records.set(record.key, record);
    this.changed(record);
    try {
      for (const f of record.files) {
        f.sha256 = await hashBlob(f.local, (done) => { f.hashed = done; this.changed(record); });
      }
      const frame = {
        type: 'offer',
        to,
        permission,
        files: record.files.map(({ name, path, size, sha256, mediaType }) =>
          (path ? { name, path, size, sha256, mediaType } : { name, size, sha256, mediaType })),
      };
      const transfer = await this.session.request(frame);
      this.records.delete(record.key);
      record.key = transfer.transferId;
      this.records.set(record.key, record);
      this.onTransfer(transfer);
    } catch (e) {
      record.state = 'refused';
      record.error = e.code ?? e.message;
      this.changed(record);
    }
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
          if (outgoing) this.startUpload(record, f);
          else this.startDownload(record, f);
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

  startUpload(record, file) {
    if (!file.local) {
      file.problem = 'The file is no longer available in this page (it was reloaded).';
      this.changed(record);
      return;
    }
    file.running = true;
    file.abort = new AbortController();
    upload({
      transferId: record.transferId,
      index: file.index,
      token: file.token,
      file: file.local,
      signal: file.abort.signal,
      onProgress: (sent) => { file.sent = sent; this.changed(record); },
      onRetry: (offset) => { file.resumedAt = offset; this.changed(record); },
    }).then(() => {
      file.sent = file.size;
      this.changed(record);
    }, (e) => {
      if (e.name !== 'AbortError') file.problem = `Upload stopped: ${e.message}`;
      this.changed(record);
    }).finally(() => { file.running = false; });
  }

  async startDownload(record, file) {
    file.running = true;
    file.abort = new AbortController();
    const key = `${record.transferId}-${file.index}`;
    try {
      const { staged, hash } = await this.staging.open(key);
      file.done = staged.size;
      await download({
        transferId: record.transferId,
        index: file.index,
        token: file.token,
        size: file.size,
        staged,
        hash,
        signal: file.abort.signal,
        onProgress: (held) => { file.done = held; file.meter.add(held); this.changed(record); },
        onRetry: (held) => { file.resumedAt = held; this.changed(record); },
      });
      const actual = hash.hex();
      if (actual !== file.sha256) {
        await this.staging.remove(key);
        await this.report(record, file, 'hash-mismatch', `SHA-256 was ${actual}`);
        return;
      }
      file.blob = await staged.file();
      file.verified = true;
      await this.report(record, file, 'received');
      await this.deliver(record, file, false);
    } catch (e) {
      if (e.name === 'AbortError') return;
      if (!(e instanceof DataRefused && e.status === 410)) {
        file.problem = `Download stopped: ${e.message}`;
        await this.report(record, file, 'failed', e.message.slice(0, 200)).catch(() => {});
      }
    } finally {
      file.running = false;
      this.changed(record);
    }
  }

  async report(record, file, result, note) {
    const frame = { type: 'file-result', transferId: record.transferId, index: file.index, result };
    if (note) frame.note = note;
    file.result = result;
    this.changed(record);
    this.onTransfer(await this.session.request(frame));
  }

  /**
   * Saves a checked file: into the chosen folder when the browser lets the page write there,
   * otherwise it waits for the user's Save (a download). byClick: inside a user's click.
   */
  async deliver(record, file, byClick) {
    const folder = await chosenFolder();
    if (await folderWritable(folder, byClick).catch(() => false)) {
      try {
        file.savedAs = await saveInto(folder, safePath(file.path), safeSegment(file.name), file.blob);
        await this.staging.remove(`${record.transferId}-${file.index}`);
        file.blob = null;
      } catch (e) {
        file.problem = `Could not write into the folder: ${e.message}`;
      }
    } else if (record.permission === 'direct' && !byClick) {
      // Direct: the browser's download goes without a question where its settings allow it.
      this.download(record, file);
    } else {
      file.needsSave = true;
    }
    this.changed(record);
  }

  /** Hands a checked file to the browser's downloads, under a safe name. */
  download(record, file) {
    file.url = file.url ?? URL.createObjectURL(file.blob);
    const link = document.createElement('a');
    link.href = file.url;
    link.download = safeSegment(file.name);
    document.body.append(link);
    link.click();
    link.remove();
    this.saved(record, file);
  }

  /** After the user saved it by a download link: the staged copy can go. */
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

/** The media type the spec's pattern allows; application/octet-stream when the browser has none. */
function mediaTypeOf(file) {
  const type = (file.type || '').toLowerCase().split(';')[0].trim();
  return /^[a-z0-9][a-z0-9.+-]{0,31}\/[a-z0-9][a-z0-9.+-]{0,63}$/.test(type)
    ? type : 'application/octet-stream';
}
