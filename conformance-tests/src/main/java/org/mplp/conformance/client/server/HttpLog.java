package org.mplp.conformance.client.server;

import java.time.Instant;

/** One HTTP request the client made on the data channel, and the status the kit answered. */
public record HttpLog(Instant at, String method, String path, String range, int status) {}
