package org.mplp.server.http;

import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** Fires an idle event on an HTTP connection that has been silent for a while, both ways. */
public final class HttpIdleTimeout extends IdleStateHandler {

  /** Pipeline name, so that the upgrade can take it out. */
  public static final String NAME = "http-idle-timeout";

  public HttpIdleTimeout(int seconds) {
    super(0, 0, seconds, TimeUnit.SECONDS);
  }
}
