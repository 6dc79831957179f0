// Files this device offers (spec: Transfers > The offer, The data channel): hashed as they are
// read, offered with names made safe, and uploaded once accepted, resuming after a drop.

import { hashBlob } from './sha256.js';
import { upload } from './data.js';
import { Meter } from './format.js';
import { safeSegment, safePath, pathAllowed } from './names.js';

/**
 * Offers files to a device. entries: [{file, path}] where path is the folder part of a picked
 * folder's relative path (or ''). Names are made safe before they go out.
 */
export async function offerFiles(transfers, to, entries, permission, { toAll = false } = {}) {
  const record = {
    key: `local-${transfers.nextLocal++}`,
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
  transfers.records.set(record.key, record);
  transfers.changed(record);
  try {
    for (const f of record.files) {
      f.sha256 = await hashBlob(f.local, (done) => { f.hashed = done; transfers.changed(record); });
    }
    const frame = {
      type: 'offer',
      to,
      permission,
      files: record.files.map(({ name, path, size, sha256, mediaType }) =>
        (path ? { name, path, size, sha256, mediaType } : { name, size, sha256, mediaType })),
    };
    const transfer = await transfers.session.request(frame);
    transfers.records.delete(record.key);
    record.key = transfer.transferId;
    transfers.records.set(record.key, record);
    transfers.onTransfer(transfer);
  } catch (e) {
    record.state = 'refused';
    record.error = e.code ?? e.message;
    transfers.changed(record);
  }
}

/** Uploads an accepted file from the File the user picked. */
export function startUpload(transfers, record, file) {
  if (!file.local) {
    file.problem = 'The file is no longer available in this page (it was reloaded).';
    transfers.changed(record);
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
    onProgress: (sent) => { file.sent = sent; transfers.changed(record); },
    onRetry: (offset) => { file.resumedAt = offset; transfers.changed(record); },
  }).then(() => {
    file.sent = file.size;
    transfers.changed(record);
  }, (e) => {
    if (e.name !== 'AbortError') file.problem = `Upload stopped: ${e.message}`;
    transfers.changed(record);
  }).finally(() => { file.running = false; });
}

/** The media type the spec's pattern allows; application/octet-stream when the browser has none. */
function mediaTypeOf(file) {
  const type = (file.type || '').toLowerCase().split(';')[0].trim();
  return /^[a-z0-9][a-z0-9.+-]{0,31}\/[a-z0-9][a-z0-9.+-]{0,63}$/.test(type)
    ? type : 'application/octet-stream';
}
