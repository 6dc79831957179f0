package org.mplp.client.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.mplp.client.ConnectionLostException;
import org.mplp.client.ServerRefusedException;
import org.mplp.client.login.LoginFailedException;
import org.mplp.client.wire.FrameTooLargeException;
import org.mplp.client.wire.UnreachableException;
import org.mplp.spec.model.ErrorFrame;

/** Turns what went wrong into a clear message and the exit code a script can act on. */
final class Failures {
  private Failures() {}

  static int report(Io io, boolean json, Throwable failure) {
    if (failure instanceof ServerRefusedException refused) {
      return refused(io, json, refused.error());
    }
    if (failure instanceof UnreachableException || failure instanceof ConnectionLostException) {
      return fail(io, json, ExitCodes.UNREACHABLE, "unreachable", failure.getMessage());
    }
    if (failure instanceof LoginFailedException) {
      return fail(io, json, ExitCodes.REFUSED, "login-failed", failure.getMessage());
    }
    if (failure instanceof UsageException
        || failure instanceof FrameTooLargeException
        || failure instanceof IllegalArgumentException
        || failure instanceof IllegalStateException) {
      return fail(io, json, ExitCodes.USAGE, "usage", failure.getMessage());
    }
    if (failure instanceof IOException) {
      return fail(io, json, ExitCodes.USAGE, "local", failure.getMessage());
    }
    if (failure instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return fail(io, json, ExitCodes.UNREACHABLE, "interrupted", "interrupted");
    }
    throw new IllegalStateException("unexpected failure", failure);
  }

  /** The server's error frame: its code and its text, and what the code means to a person. */
  static int refused(Io io, boolean json, ErrorFrame error) {
    String explanation = ErrorTexts.explain(error.code());
    if (json) {
      ObjectNode node = JsonOut.object();
      ObjectNode e = node.putObject("error");
      e.put("code", error.code());
      e.put("message", error.message());
      e.put("explanation", explanation);
      if (error.location() != null) {
        e.put("location", error.location());
      }
      JsonOut.print(io.out(), node);
    }
    io.err()
        .println(
            "mplp client: the server refused: "
                + error.code()
                + ": "
                + explanation
                + "\n  server says: "
                + error.message()
                + (error.location() == null ? "" : " (at " + error.location() + ")"));
    return ExitCodes.REFUSED;
  }

  static int fail(Io io, boolean json, int exitCode, String kind, String message) {
    if (json) {
      ObjectNode node = JsonOut.object();
      node.putObject("error").put("code", kind).put("message", message);
      JsonOut.print(io.out(), node);
    }
    io.err().println("mplp client: " + message);
    return exitCode;
  }
}
