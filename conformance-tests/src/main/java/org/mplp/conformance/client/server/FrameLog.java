package org.mplp.conformance.client.server;

import java.time.Instant;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * One frame on a connection: one the client sent (read and checked against its schema) or one the
 * kit sent.
 */
public record FrameLog(boolean fromClient, Instant at, String text, ReceivedFrame read) {

  public String type() {
    return read == null ? null : read.type();
  }

  public boolean is(String type) {
    return fromClient && read != null && type.equals(read.type());
  }
}
