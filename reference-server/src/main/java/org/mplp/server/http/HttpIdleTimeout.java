package org.mplp.server.http;

import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Ends an HTTP connection that has moved no bytes either way for a while. A write in progress
 * counts as activity as long as its bytes keep leaving: a download's file region completes only
 * when the client has read most of it, which on a slow link takes longer than the timeout.
 *
 * <p>Netty checks for progress of an unfinished write only from its second idle event on (the first
 * one records where the write stands), so the connection is checked twice per timeout and ends on
 * an event that is not the first: {@link #timedOut}.
 */
public final class HttpIdleTimeout extends IdleStateHandler {

  /** Pipeline name, so that the upgrade can take it out. */
  public static final String NAME = "http-idle-timeout";

  public HttpIdleTimeout(int seconds) {
    super(true, 0, 0, Math.max(1, seconds * 1000L / 2), TimeUnit.MILLISECONDS);
  }

  /** Whether {@code event} says the connection moved nothing for the whole timeout. */
  public static boolean timedOut(Object event) {
    return event instanceof IdleStateEvent idle && !idle.isFirst();
  }
}
