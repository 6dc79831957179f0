// File names from the wire are never trusted as paths (spec: Transfers > File names). The same
// rules decide what the browser offers and where it writes what it receives.

const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001F\u007F]/;
const FORBIDDEN_ALL = /[/\\:*?"<>|\u0000-\u001F\u007F]/g;
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$/i;
// Invisible characters that reorder or hide text: a name like "photo\u202Egpj.exe" shows as
// "photoexe.jpg". They are dropped from every name shown or written.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const MAX_SEGMENTS = 16;

/** True when a name segment passes the spec's rules. */
export function segmentAllowed(segment) {
  return typeof segment === 'string' && segment.length >= 1 && segment.length <= 255
    && segment !== '.' && segment !== '..' && !FORBIDDEN.test(segment)
    && !/[. ]$/.test(segment) && !RESERVED.test(segment);
}

/** True when a path (segments joined by /) passes the spec's rules. */
export function pathAllowed(path) {
  if (typeof path !== 'string') return false;
  const segments = path.split('/');
  return segments.length <= MAX_SEGMENTS && segments.every(segmentAllowed);
}

/** A segment that passes the rules and looks like the one given, for writing or offering. */
export function safeSegment(segment) {
  let safe = String(segment).replace(INVISIBLE, '').replace(FORBIDDEN_ALL, '_');
  safe = safe.replace(/[. ]+$/, '');
  if (safe.length > 255) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 16 ? safe.slice(dot) : '';
    safe = safe.slice(0, 255 - extension.length) + extension;
  }
  if (safe === '' || safe === '.' || safe === '..') safe = 'file';
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

/** The segments of a wire path, each made safe; empty for no path. */
export function safePath(path) {
  if (!path) return [];
  return String(path).split('/').filter((s) => s !== '').slice(0, MAX_SEGMENTS).map(safeSegment);
}

/** A name for the screen: control and invisible characters cannot disguise it. */
export function displayName(name) {
  return String(name).replace(INVISIBLE, '').replace(/[\u0000-\u001F\u007F]/g, '\uFFFD');
}

/** "report.pdf", then "report (1).pdf", "report (2).pdf" ... (spec: REQ-XFER-012). */
export function numberedName(name, n) {
  if (n === 0) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}
