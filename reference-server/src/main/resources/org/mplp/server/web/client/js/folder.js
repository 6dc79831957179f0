// Direct receive (spec: Receive permissions, claim 10): a folder the user chose once, with the
// File System Access API, its handle kept in IndexedDB, so files land there with no prompt.
// Where the API is missing (or the browser wants the permission confirmed) a download link does.

import { store } from './store.js';
import { numberedName } from './names.js';

export const folderSupported = typeof window.showDirectoryPicker === 'function';

export async function chosenFolder() {
  return folderSupported ? (await store.get('folder')) ?? null : null;
}

/** Asks the user for a folder (needs a click); the choice is remembered. */
export async function chooseFolder() {
  const handle = await window.showDirectoryPicker({ id: 'mplp-received', mode: 'readwrite' });
  await store.put('folder', handle);
  return handle;
}

export async function forgetFolder() {
  await store.remove('folder');
}

/**
 * True when files can be written into the folder now. With ask (inside a click) the browser may
 * show its permission prompt; without, only a permission already granted counts.
 */
export async function folderWritable(handle, ask = false) {
  if (!handle) return false;
  const mode = { mode: 'readwrite' };
  if ((await handle.queryPermission(mode)) === 'granted') return true;
  return ask && (await handle.requestPermission(mode)) === 'granted';
}

async function exists(folder, name) {
  try {
    await folder.getFileHandle(name);
    return true;
  } catch {
    try {
      await folder.getDirectoryHandle(name);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Writes a blob as folder/segments.../name, never over an existing file (REQ-XFER-012): the
 * segments and name must already be safe (names.js). Returns the path written, for the screen.
 */
export async function saveInto(root, segments, name, blob) {
  let folder = root;
  for (const segment of segments) folder = await folder.getDirectoryHandle(segment, { create: true });
  let n = 0;
  while (await exists(folder, numberedName(name, n))) n++;
  const finalName = numberedName(name, n);
  const handle = await folder.getFileHandle(finalName, { create: true });
  const writable = await handle.createWritable();
  await blob.stream().pipeTo(writable);
  return [root.name, ...segments, finalName].join('/');
}
