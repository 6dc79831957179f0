/** The server the kit plays for a client: WebSocket and HTTP on one local port, scripted. */
package org.mplp.conformance.client.server;
