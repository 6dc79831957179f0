package org.mplp.server.transport;

/**
 * The event every connection of a stopping server is sent through its pipeline: a control channel
 * ends with the going-away close (REQ-OPEN-012), an HTTP connection closes.
 */
public enum ServerStopping {
  EVENT
}
