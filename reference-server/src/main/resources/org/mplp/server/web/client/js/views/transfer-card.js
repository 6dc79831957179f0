// One transfer as a card: its files with state, progress, speed and time left; for an incoming
// offer the answers of S53 (accept all, accept some, reject with a note); cancel while open; and
// for a received file, where it was saved or a link to save it.

import { h } from '../dom.js';
import { bytes } from '../format.js';
import { displayName, safeSegment } from '../names.js';

const STATE_TEXT = {
  hashing: 'computing SHA-256…',
  offered: 'waiting for an answer',
  accepted: 'accepted',
  rejected: 'rejected',
  cancelled: 'cancelled',
  expired: 'expired',
  completed: 'completed',
  failed: 'failed',
  refused: 'refused by the server',
};

export function transferCard(record, app) {
  const incoming = !record.outgoing;
  const waitingForMe = incoming && record.state === 'offered';
  const head = [
    incoming ? `From ${record.peer}` : `To ${record.peer}`,
    ` · ${STATE_TEXT[record.state] ?? record.state}`,
  ];
  if (record.reason && record.reason !== record.state) head.push(` (${record.reason})`);
  if (record.permission) head.push(` · permission ${record.permission}`);
  return h('article', {
    class: `transfer ${incoming ? 'in' : 'out'}`,
    'data-transfer-id': record.transferId ?? record.key,
    'data-state': record.state,
  },
  h('header', {}, h('strong', {}, incoming ? 'Files offered' : 'Files sent'), h('span', { class: 'transfer-state' }, head.join(''))),
  record.note ? h('p', { class: 'note', text: `Note from ${record.by ?? record.peer}: ${record.note}` }) : null,
  record.error ? h('p', { class: 'error', text: `The server refused the offer: ${record.error}` }) : null,
  h('ul', { class: 'files' }, record.files.map((f) => fileRow(record, f, waitingForMe, app))),
  waitingForMe ? answers(record, app) : null,
  ['offered', 'accepted'].includes(record.state)
    ? h('button', { type: 'button', class: 'secondary cancel', onclick: () => app.transfers.cancel(record).catch(app.fail) }, 'Cancel transfer')
    : null);
}

function fileRow(record, file, choosing, app) {
  const name = displayName(file.path ? `${file.path}/${file.name}` : file.name);
  const row = h('li', { class: 'file', 'data-index': file.index, 'data-file-state': file.result ?? file.state ?? '' },
    choosing
      ? h('label', { class: 'pick' },
        h('input', {
          type: 'checkbox',
          checked: !record.unchecked?.has(file.index),
          'data-index': file.index,
          onchange: (e) => {
            record.unchecked = record.unchecked ?? new Set();
            if (e.target.checked) record.unchecked.delete(file.index);
            else record.unchecked.add(file.index);
          },
        }),
        h('span', { class: 'file-name', text: name }))
      : h('span', { class: 'file-name', text: name }),
    h('span', { class: 'size', text: bytes(file.size) }));
  if (record.state === 'hashing' && file.hashed !== undefined) {
    row.append(h('progress', { max: file.size || 1, value: file.hashed }), h('span', { class: 'progress-text', text: `hashing ${bytes(file.hashed)}` }));
  }
  const progress = progressOf(record, file);
  if (progress) row.append(...progress);
  row.append(h('span', { class: 'file-state', text: fileState(record, file) }));
  if (file.problem) row.append(h('span', { class: 'error', text: file.problem }));
  if (file.savedAs) row.append(h('span', { class: 'saved', text: `saved: ${file.savedAs}` }));
  if (file.needsSave && file.blob) row.append(saveLink(record, file, app));
  return row;
}

function progressOf(record, file) {
  if (record.state !== 'accepted' || file.state !== 'accepted') return null;
  const done = record.outgoing ? Math.max(file.downloaded ?? 0, 0) : file.done ?? 0;
  const sent = record.outgoing ? file.sent ?? file.uploaded ?? 0 : null;
  const text = record.outgoing
    ? `uploaded ${bytes(sent)}, they have ${bytes(done)} of ${bytes(file.size)}`
    : `${bytes(done)} of ${bytes(file.size)}`;
  const rate = file.meter.describe(done, file.size);
  return [
    h('progress', { max: file.size || 1, value: done, 'aria-label': `progress of ${file.name}` }),
    h('span', { class: 'progress-text' }, text, rate ? ` · ${rate}` : '',
      file.resumedAt !== undefined ? ` · resumed at ${bytes(file.resumedAt)}` : ''),
  ];
}

function fileState(record, file) {
  if (file.result === 'hash-mismatch' || file.failure === 'hash-mismatch') return 'SHA-256 mismatch: not kept';
  if (file.state === 'received') return record.outgoing ? 'received, SHA-256 checked by them' : 'received, SHA-256 checked';
  if (file.result === 'received') return 'received, SHA-256 checked';
  return file.state ?? '';
}

function saveLink(record, file, app) {
  // One object URL per file, made once: the card is drawn again on every change.
  file.url = file.url ?? URL.createObjectURL(file.blob);
  const url = file.url;
  const link = h('a', {
    class: 'button save', href: url, download: safeSegment(file.name), 'data-index': file.index,
    onclick: () => setTimeout(() => app.transfers.saved(record, file), 0),
  }, 'Save file');
  return h('span', { class: 'save-row' }, link,
    app.folderReady === false && app.folderChosen
      ? h('button', { type: 'button', class: 'link', onclick: () => app.transfers.deliver(record, file, true) }, 'Save into the chosen folder')
      : null);
}

function answers(record, app) {
  const note = h('input', {
    type: 'text',
    class: 'reject-note',
    maxlength: 256,
    value: record.draftNote ?? '',
    placeholder: 'A note for the sender (optional)',
    'aria-label': 'Note for the sender',
    oninput: (e) => { record.draftNote = e.target.value; },
  });
  const chosen = () => record.files.map((f) => f.index).filter((i) => !record.unchecked?.has(i));
  return h('div', { class: 'answers' },
    h('button', { type: 'button', class: 'accept-all', onclick: () => app.transfers.accept(record).catch(app.fail) }, 'Accept all'),
    record.files.length > 1
      ? h('button', {
        type: 'button',
        class: 'accept-some secondary',
        onclick: () => {
          const picked = chosen();
          if (picked.length) app.transfers.accept(record, picked).catch(app.fail);
        },
      }, 'Accept checked')
      : null,
    note,
    h('button', { type: 'button', class: 'reject secondary', onclick: () => app.transfers.reject(record, note.value.trim()).catch(app.fail) }, 'Reject'));
}
