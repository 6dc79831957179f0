// The control channel: one WebSocket at the server's endpoint with the JSON binding's
// subprotocol, one frame per text message (spec: Transport). Answers find their request by
// replyTo; everything else the server sends is dispatched as a 'frame' event.

export const SUBPROTOCOL = 'mplp.1.json';

/** An error frame that answered a request: code is from the spec's registry. */
export class ServerError extends Error {
  constructor(frame) {
    super(`${frame.code}: ${frame.message}`);
    this.code = frame.code;
    this.fatal = frame.fatal;
  }
}

export class ConnectionLost extends Error {}

export class Wire extends EventTarget {
  constructor(endpoint) {
    super();
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.url = `${scheme}//${location.host}${endpoint}`;
    this.pending = new Map();
    this.nextId = 1;
    this.closed = false;
  }

  /** Opens the socket; resolves once it is open, rejects when it cannot be. */
  open() {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this.url, SUBPROTOCOL);
      this.socket = socket;
      socket.onopen = () => resolve();
      socket.onmessage = (event) => this.receive(event.data);
      socket.onclose = (event) => {
        this.closed = true;
        reject(new ConnectionLost('the server cannot be reached'));
        for (const { fail } of this.pending.values()) {
          fail(new ConnectionLost('the connection to the server was lost'));
        }
        this.pending.clear();
        this.dispatchEvent(new CustomEvent('close', { detail: { code: event.code } }));
      };
    });
  }

  receive(text) {
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return; // the server's frames are JSON; a broken one is nobody's to answer
    }
    if (frame === null || typeof frame !== 'object' || typeof frame.type !== 'string') return;
    const waiting = frame.replyTo !== undefined ? this.pending.get(frame.replyTo) : undefined;
    if (waiting) {
      this.pending.delete(frame.replyTo);
      if (frame.type === 'error') waiting.fail(new ServerError(frame));
      else waiting.done(frame);
      if (frame.type === 'error' && frame.fatal) this.dispatchEvent(new CustomEvent('frame', { detail: frame }));
      return;
    }
    this.dispatchEvent(new CustomEvent('frame', { detail: frame }));
  }

  /** Sends a frame that wants an answer: resolves with the answer, rejects with ServerError. */
  request(frame) {
    const id = `w${this.nextId++}`;
    return new Promise((done, fail) => {
      if (this.closed || !this.socket || this.socket.readyState !== WebSocket.OPEN) {
        fail(new ConnectionLost('not connected to the server'));
        return;
      }
      this.pending.set(id, { done, fail });
      this.socket.send(JSON.stringify({ ...frame, id }));
    });
  }

  close() {
    this.closed = true;
    if (this.socket) this.socket.close(1000);
  }
}
