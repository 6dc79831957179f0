package org.mplp.server.control;

import io.netty.channel.ChannelHandlerContext;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mplp.server.ServerDescription;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Welcome;

/**
 * A control channel before login: the hello timeout, hello and welcome with the chosen version, and
 * the limits of frames and time before login (spec: Opening exchange, Limits, Login).
 */
final class OpeningExchange {

  private final ControlChannel channel;
  private final ServerDescription description;
  private final boolean schemaViolationBeforeHello;
  private int framesBeforeLogin;
  private ScheduledFuture<?> helloTimeout;
  private ScheduledFuture<?> loginTimeout;
  private ChannelHandlerContext ctx;

  OpeningExchange(ControlChannel channel, ServerDescription description) {
    this(channel, description, false);
  }

  /**
   * @param schemaViolationBeforeHello refuse a first frame that breaks its schema with
   *     schema-violation, not fatal, and wait on for the hello (CHOICE-OPEN-03)
   */
  OpeningExchange(
      ControlChannel channel, ServerDescription description, boolean schemaViolationBeforeHello) {
    this.channel = channel;
    this.description = description;
    this.schemaViolationBeforeHello = schemaViolationBeforeHello;
  }

  /** Starts the hello timeout; called when the handler is installed, during the upgrade. */
  void startHelloTimeout(ChannelHandlerContext ctx) {
    // Installed during the upgrade, so the timeout runs from the upgrade (REQ-OPEN-006).
    this.ctx = ctx;
    int seconds = description.limits().helloTimeoutSeconds();
    helloTimeout =
        ctx.executor()
            .schedule(
                () -> {
                  if (channel.state() == ControlChannelState.AWAITING_HELLO) {
                    channel.fail(
                        ErrorCode.HELLO_TIMEOUT, null, "no hello within " + seconds + " s");
                  }
                },
                seconds,
                TimeUnit.SECONDS);
  }

  /**
   * Counts a frame received before login; when there are too many, fails the connection and answers
   * false.
   */
  boolean countBeforeLogin(String replyTo) {
    // Every frame counts, refused or not: a connection that never logs in gets a bounded number.
    if (channel.state().beforeLogin()
        && ++framesBeforeLogin > description.limits().maxFramesBeforeLogin()) {
      channel.fail(
          ErrorCode.LOGIN_LIMIT,
          replyTo,
          "more than "
              + description.limits().maxFramesBeforeLogin()
              + " frames without a successful login");
      return false;
    }
    return true;
  }

  /** Takes the first frame of a connection, which must be hello. */
  void onFirstFrame(DecodedFrame decoded) {
    if (decoded.frame() instanceof Hello hello) {
      onHello(hello);
    } else if (schemaViolationBeforeHello
        && decoded.refusal() != null
        && ErrorCode.SCHEMA_VIOLATION.code().equals(decoded.refusal().code())) {
      // Located as any schema-violation; the hello timer runs on, the hello is still owed.
      channel.send(decoded.refusal());
    } else {
      channel.fail(
          ErrorCode.HELLO_REQUIRED,
          decoded.replyTo(),
          "the first frame on a connection must be hello");
    }
  }

  private void onHello(Hello hello) {
    // The client lists its versions most preferred first (REQ-OPEN-002).
    Optional<String> version =
        hello.versions().stream().filter(description.versions()::contains).findFirst();
    if (version.isEmpty()) {
      channel.fail(
          ErrorCode.VERSION_NOT_SUPPORTED,
          hello.id(),
          "this server speaks " + String.join(", ", description.versions()));
      return;
    }
    cancelHelloTimeout();
    channel.state(ControlChannelState.AWAITING_LOGIN);
    startLoginTimeout();
    channel.send(
        new Welcome(
            hello.id(),
            version.get(),
            description.server(),
            description.profiles(),
            description.limits()));
  }

  /**
   * Welcome starts the time a login has (REQ-LOGIN-028): a connection that never logs in is bounded
   * in time, not only in frames.
   */
  private void startLoginTimeout() {
    int seconds = description.limits().loginTimeoutSeconds();
    loginTimeout =
        ctx.executor()
            .schedule(
                () -> {
                  if (channel.state().beforeLogin()) {
                    channel.fail(
                        ErrorCode.LOGIN_TIMEOUT,
                        null,
                        "no successful login within " + seconds + " s of welcome");
                  }
                },
                seconds,
                TimeUnit.SECONDS);
  }

  /** Stops the hello and login timers: the connection is past them or has ended. */
  void cancelHelloTimeout() {
    if (helloTimeout != null) {
      helloTimeout.cancel(false);
      helloTimeout = null;
    }
  }

  void cancelLoginTimeout() {
    if (loginTimeout != null) {
      loginTimeout.cancel(false);
      loginTimeout = null;
    }
  }
}
