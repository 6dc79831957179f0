/**
 * The client's side of the control channel: a WebSocket carrying one frame per text message, paced
 * to the server's limits, over ws:// or wss:// with a chosen CA file.
 */
package org.mplp.client.wire;
