// The login frames (spec: Login): login with the SCRAM client-first-message and the terminal
// information of S21, login-proof with the proof, and the server's signature checked in login-ok.

import { ScramClient } from './scram.js';

export const CLIENT = { name: 'mplp-web', version: '0.1.0' };
export const TERMINAL_TYPE = 'WEB';

/**
 * Logs in on an open control channel: with the password (username = account) or with the device
 * credential (username = device = the device's address). Resolves with login-ok.
 */
export async function scramLogin(wire, { account, device, username, secret, label }) {
  const scram = new ScramClient(username, secret);
  const frame = {
    type: 'login',
    account,
    mechanism: 'SCRAM-SHA-256',
    clientFirst: scram.clientFirst,
    terminal: { type: TERMINAL_TYPE, clientName: CLIENT.name, clientVersion: CLIENT.version, label },
  };
  if (device) frame.device = device;
  const challenge = await wire.request(frame);
  const clientFinal = await scram.clientFinal(challenge.serverFirst);
  const ok = await wire.request({ type: 'login-proof', clientFinal });
  // Mutual authentication: a server that cannot sign does not hold this credential.
  scram.verifyServer(ok.serverFinal);
  return ok;
}
