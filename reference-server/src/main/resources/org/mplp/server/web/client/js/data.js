// The data channel (spec: Transfers > The data channel): each file's bytes over plain HTTP on the
// server's port, PUT to upload and GET to download, with the file's token as a bearer token.
// Both resume: an upload asks the server how much it holds (HEAD -> Upload-Offset) and goes on
// from there; a download asks for the rest with Range.

/** The transfer ended or the token is not (or no longer) good: retrying cannot help. */
export class DataRefused extends Error {
  constructor(status) {
    super(status === 410 ? 'the transfer has ended' : `the server answered ${status}`);
    this.status = status;
  }
}

const MAX_ATTEMPTS = 40;

export function fileUrl(transferId, index) {
  return `/transfers/${encodeURIComponent(transferId)}/${index}`;
}

function pause(attempt, signal) {
  const ms = Math.min(500 * 2 ** attempt, 8000);
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new DOMException('stopped', 'AbortError');
}

async function uploadOffset(url, token) {
  const response = await fetch(url, {
    method: 'HEAD', headers: { Authorization: `Bearer ${token}` }, cache: 'no-store',
  });
  if (response.status !== 204 && response.status !== 200) throw new DataRefused(response.status);
  return Number(response.headers.get('Upload-Offset') ?? 0);
}

/** One PUT from offset; XMLHttpRequest because it reports upload progress and fetch does not. */
function put(url, token, file, offset, onProgress, signal) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    if (offset > 0) {
      xhr.setRequestHeader('Content-Range', `bytes ${offset}-${file.size - 1}/${file.size}`);
    }
    xhr.upload.onprogress = (event) => onProgress(offset + event.loaded);
    xhr.onload = () => resolve({
      status: xhr.status, offset: Number(xhr.getResponseHeader('Upload-Offset') ?? NaN),
    });
    xhr.onerror = xhr.ontimeout = xhr.onabort = () => resolve({ status: 0 });
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file.slice(offset));
  });
}

/** Uploads a File; onProgress(bytesSent). Resolves when the server holds all of it. */
export async function upload({ transferId, index, token, file, onProgress, onRetry, signal }) {
  const url = fileUrl(transferId, index);
  let offset = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    checkAborted(signal);
    if (attempt > 0) {
      try {
        offset = await uploadOffset(url, token);
      } catch (e) {
        if (e instanceof DataRefused) throw e;
        await pause(attempt, signal);
        continue;
      }
      if (offset === file.size && file.size > 0) return;
      onRetry?.(offset);
    }
    const answer = await put(url, token, file, offset, onProgress, signal);
    if (answer.status === 204 && answer.offset === file.size) return;
    if (answer.status === 409 || answer.status === 204) continue; // the server says where to go on
    if (answer.status !== 0) throw new DataRefused(answer.status);
    await pause(attempt, signal);
  }
  throw new Error('the upload failed too many times');
}

/**
 * Downloads a file into a staged file (see staging.js), feeding every byte to the hash as well;
 * onProgress(bytesHeld). Resumes from what the staged file already holds.
 */
export async function download({ transferId, index, token, size, staged, hash, onProgress, onRetry, signal }) {
  const url = fileUrl(transferId, index);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    checkAborted(signal);
    const have = staged.size;
    if (have >= size) return;
    if (attempt > 0) onRetry?.(have);
    const headers = { Authorization: `Bearer ${token}` };
    if (have > 0) headers.Range = `bytes=${have}-`;
    let response;
    try {
      response = await fetch(url, { headers, cache: 'no-store', signal });
    } catch (e) {
      checkAborted(signal);
      await pause(attempt, signal);
      continue;
    }
    if (response.status === 200 && have > 0) {
      await staged.restart(); // the server sent it all again: start over
      hash.reset();
    } else if (response.status !== 200 && response.status !== 206) {
      throw new DataRefused(response.status);
    }
    const writer = await staged.writer();
    try {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        await writer.write(value);
        hash.update(value);
        onProgress(staged.size);
      }
    } catch (e) {
      checkAborted(signal);
      await pause(attempt, signal);
    } finally {
      // Closing keeps what arrived: the next attempt starts where this one stopped.
      await writer.close();
    }
  }
  if (staged.size < size) throw new Error('the download failed too many times');
}
