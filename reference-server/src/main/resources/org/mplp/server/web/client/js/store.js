// What the browser keeps for this device between visits, in IndexedDB: the device credential
// (spec: Login > Credentials), the folder chosen for direct receive (a FileSystemDirectoryHandle,
// which only IndexedDB can hold), the ids of messages already shown, and the chat history.

const DATABASE = 'mplp-web';
const STORE = 'kv';
let opened;

function database() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

async function run(mode, action) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = action(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const store = {
  get: (key) => run('readonly', (s) => s.get(key)),
  put: (key, value) => run('readwrite', (s) => s.put(value, key)),
  remove: (key) => run('readwrite', (s) => s.delete(key)),
  clear: () => run('readwrite', (s) => s.clear()),
};
