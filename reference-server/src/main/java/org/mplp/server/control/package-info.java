/** The WebSocket control channel: opening exchange, frame dispatch, errors and limits. */
package org.mplp.server.control;
