// Files offered to this device (spec: Transfers, Receive permissions): each accepted file is
// downloaded into staging, resuming with Range after a drop, its SHA-256 checked as it streams,
// its result reported, and then saved: into the chosen folder, or as a download.

import { download as fetchFile, DataRefused } from './data.js';
import { safeSegment, safePath } from './names.js';
import { chosenFolder, folderWritable, saveInto } from './folder.js';

/** Downloads an accepted file, checks it, reports it and saves it. */
export async function startDownload(transfers, record, file) {
  file.running = true;
  file.abort = new AbortController();
  const key = `${record.transferId}-${file.index}`;
  try {
    const { staged, hash } = await transfers.staging.open(key);
    file.done = staged.size;
    await fetchFile({
      transferId: record.transferId,
      index: file.index,
      token: file.token,
      size: file.size,
      staged,
      hash,
      signal: file.abort.signal,
      onProgress: (held) => { file.done = held; file.meter.add(held); transfers.changed(record); },
      onRetry: (held) => { file.resumedAt = held; transfers.changed(record); },
    });
    const actual = hash.hex();
    if (actual !== file.sha256) {
      await transfers.staging.remove(key);
      await report(transfers, record, file, 'hash-mismatch', `SHA-256 was ${actual}`);
      return;
    }
    file.blob = await staged.file();
    file.verified = true;
    await report(transfers, record, file, 'received');
    await deliver(transfers, record, file, false);
  } catch (e) {
    if (e.name === 'AbortError') return;
    if (!(e instanceof DataRefused && e.status === 410)) {
      file.problem = `Download stopped: ${e.message}`;
      await report(transfers, record, file, 'failed', e.message.slice(0, 200)).catch(() => {});
    }
  } finally {
    file.running = false;
    transfers.changed(record);
  }
}

/** Tells the server the file's result (REQ-XFER-023, REQ-XFER-024). */
async function report(transfers, record, file, result, note) {
  const frame = { type: 'file-result', transferId: record.transferId, index: file.index, result };
  if (note) frame.note = note;
  file.result = result;
  transfers.changed(record);
  transfers.onTransfer(await transfers.session.request(frame));
}

/**
 * Saves a checked file: into the chosen folder when the browser lets the page write there,
 * otherwise it waits for the user's Save (a download). byClick: inside a user's click.
 */
export async function deliver(transfers, record, file, byClick) {
  const folder = await chosenFolder();
  if (await folderWritable(folder, byClick).catch(() => false)) {
    try {
      file.savedAs = await saveInto(folder, safePath(file.path), safeSegment(file.name), file.blob);
      await transfers.staging.remove(`${record.transferId}-${file.index}`);
      file.blob = null;
    } catch (e) {
      file.problem = `Could not write into the folder: ${e.message}`;
    }
  } else if (record.permission === 'direct' && !byClick) {
    // Direct: the browser's download goes without a question where its settings allow it.
    download(transfers, record, file);
  } else {
    file.needsSave = true;
  }
  transfers.changed(record);
}

/** Hands a checked file to the browser's downloads, under a safe name. */
export function download(transfers, record, file) {
  file.url = file.url ?? URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = file.url;
  link.download = safeSegment(file.name);
  document.body.append(link);
  link.click();
  link.remove();
  transfers.saved(record, file);
}
