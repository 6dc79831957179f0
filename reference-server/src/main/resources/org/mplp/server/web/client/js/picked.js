// Files the user picked or dropped, with the folder part of their relative path, as an offer
// lists them (spec: Transfers > The offer: a folder is offered as its files).

function folderOf(relativePath) {
  const slash = relativePath.lastIndexOf('/');
  return slash > 0 ? relativePath.slice(0, slash) : '';
}

/** From an <input type=file> (with webkitdirectory, each file knows its relative path). */
export function pickedEntries(fileList) {
  return [...fileList].map((file) => ({ file, path: folderOf(file.webkitRelativePath || '') }));
}

function readAll(reader) {
  return new Promise((resolve, reject) => {
    const all = [];
    const next = () => reader.readEntries((batch) => {
      if (batch.length === 0) resolve(all);
      else { all.push(...batch); next(); }
    }, reject);
    next();
  });
}

async function walk(entry, folder, out) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    out.push({ file, path: folder });
  } else if (entry.isDirectory) {
    const inside = folder ? `${folder}/${entry.name}` : entry.name;
    for (const child of await readAll(entry.createReader())) await walk(child, inside, out);
  }
}

/** From a drop: folders are walked where the browser exposes them as entries. */
export async function droppedEntries(dataTransfer) {
  const items = [...(dataTransfer.items ?? [])];
  const entries = items.map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (entries.length === 0) return pickedEntries(dataTransfer.files ?? []);
  const out = [];
  for (const entry of entries) await walk(entry, '', out);
  return out;
}
