// The client's half of SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding, on WebCrypto:
// PBKDF2-SHA-256 for the salted password, HMAC-SHA-256 and SHA-256 for the keys and signatures.
// spec: Login > Credentials.

import { saslPrep } from './saslprep.js';

const encoder = new TextEncoder();

/** RFC 5802 5.1: ',' and '=' in a username are escaped. */
function escapeName(name) {
  return name.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

function toBase64(bytes) {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

function fromBase64(text) {
  const raw = atob(text);
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

function randomNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  // base64 has no ',' and is printable: a valid nonce.
  return toBase64(bytes);
}

async function hmac(keyBytes, text) {
  const key = await crypto.subtle.importKey(
      'raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

function attributes(message) {
  const found = new Map();
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq === 1) found.set(part[0], part.slice(2));
  }
  return found;
}

export class ScramError extends Error {}

/** One exchange: clientFirst, then clientFinal(serverFirst), then verifyServer(serverFinal). */
export class ScramClient {
  /** nonce: chosen here unless given (a test gives RFC 7677's). */
  constructor(username, secret, nonce = randomNonce()) {
    this.secret = saslPrep(secret);
    this.nonce = nonce;
    this.firstBare = `n=${escapeName(username)},r=${this.nonce}`;
  }

  get clientFirst() {
    return `n,,${this.firstBare}`;
  }

  async clientFinal(serverFirst) {
    const attrs = attributes(serverFirst);
    const nonce = attrs.get('r');
    const salt = attrs.get('s');
    const iterations = Number(attrs.get('i'));
    if (!nonce || !nonce.startsWith(this.nonce) || nonce.length === this.nonce.length
        || !salt || !Number.isInteger(iterations) || iterations < 1) {
      throw new ScramError('the server\'s login challenge is not valid SCRAM');
    }
    // A server that asks for few iterations makes a stolen exchange cheap to attack.
    if (iterations < 4096) throw new ScramError('the server asks for fewer than 4096 iterations');
    const passwordKey = await crypto.subtle.importKey(
        'raw', encoder.encode(this.secret), 'PBKDF2', false, ['deriveBits']);
    const salted = new Uint8Array(await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations }, passwordKey, 256));
    const clientKey = await hmac(salted, 'Client Key');
    const storedKey = new Uint8Array(await crypto.subtle.digest('SHA-256', clientKey));
    const finalWithoutProof = `c=biws,r=${nonce}`;
    const authMessage = `${this.firstBare},${serverFirst},${finalWithoutProof}`;
    const signature = await hmac(storedKey, authMessage);
    const proof = clientKey.map((b, i) => b ^ signature[i]);
    this.expectedServerSignature = toBase64(await hmac(await hmac(salted, 'Server Key'), authMessage));
    return `${finalWithoutProof},p=${toBase64(proof)}`;
  }

  /** Throws unless the server proved that it knows the credential's keys too. */
  verifyServer(serverFinal) {
    const attrs = attributes(serverFinal);
    if (attrs.has('e')) throw new ScramError(`the server refused the proof (${attrs.get('e')})`);
    if (!this.expectedServerSignature || attrs.get('v') !== this.expectedServerSignature) {
      throw new ScramError('the server\'s signature is wrong: it does not know this credential');
    }
  }
}
