// Where a download lands before its hash is checked: a file in the origin's private file system
// (OPFS), on disk, so a file larger than memory fits and a broken download keeps what arrived.
// Browsers without OPFS keep the bytes in memory instead.

import { Sha256 } from './sha256.js';

const FOLDER = 'incoming';
const READ_SLICE = 4 << 20;

async function stagingFolder() {
  if (!navigator.storage?.getDirectory) return null;
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(FOLDER, { create: true });
  } catch {
    return null;
  }
}

class DiskStaged {
  constructor(handle, size) {
    this.handle = handle;
    this.size = size;
  }

  async writer() {
    const stream = await this.handle.createWritable({ keepExistingData: true });
    await stream.seek(this.size);
    const staged = this;
    return {
      async write(chunk) {
        await stream.write(chunk);
        staged.size += chunk.byteLength;
      },
      close: () => stream.close().catch(() => {}),
    };
  }

  async restart() {
    const stream = await this.handle.createWritable({ keepExistingData: false });
    await stream.close();
    this.size = 0;
  }

  /** The staged bytes as a File backed by the disk, not by memory. */
  file() {
    return this.handle.getFile();
  }
}

class MemoryStaged {
  constructor() {
    this.parts = [];
    this.size = 0;
  }

  async writer() {
    const staged = this;
    return {
      async write(chunk) {
        staged.parts.push(chunk.slice());
        staged.size += chunk.byteLength;
      },
      async close() {},
    };
  }

  async restart() {
    this.parts = [];
    this.size = 0;
  }

  async file() {
    return new Blob(this.parts);
  }
}

/** Staged files by key ("<transferId>-<index>"); survives a reload where OPFS exists. */
export class Staging {
  constructor() {
    this.folder = stagingFolder();
    this.memory = new Map();
  }

  async onDisk() {
    return (await this.folder) !== null;
  }

  /** The staged file of a key, and a hash already fed with the bytes it holds. */
  async open(key) {
    const folder = await this.folder;
    const hash = new Sha256();
    if (!folder) {
      if (!this.memory.has(key)) this.memory.set(key, new MemoryStaged());
      const staged = this.memory.get(key);
      for (const part of staged.parts) hash.update(part);
      return { staged, hash };
    }
    const handle = await folder.getFileHandle(key, { create: true });
    const held = await handle.getFile();
    for (let at = 0; at < held.size; at += READ_SLICE) {
      hash.update(await held.slice(at, at + READ_SLICE).arrayBuffer());
    }
    return { staged: new DiskStaged(handle, held.size), hash };
  }

  async remove(key) {
    this.memory.delete(key);
    const folder = await this.folder;
    if (folder) await folder.removeEntry(key).catch(() => {});
  }

  /** Deletes every staged file: "forget this browser". */
  async clear() {
    this.memory.clear();
    const root = navigator.storage?.getDirectory ? await navigator.storage.getDirectory() : null;
    if (root) await root.removeEntry(FOLDER, { recursive: true }).catch(() => {});
    this.folder = stagingFolder();
  }
}
