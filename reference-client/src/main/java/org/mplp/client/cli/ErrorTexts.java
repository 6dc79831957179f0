package org.mplp.client.cli;

import java.util.Optional;
import org.mplp.spec.model.ErrorCode;

/**
 * A sentence for a person about each registered error code (spec: Errors): what went wrong and,
 * where there is one, what to do. The switch names every code, so a new code does not compile here
 * until it has its sentence.
 */
final class ErrorTexts {
  private ErrorTexts() {}

  static String explain(String code) {
    Optional<ErrorCode> known = ErrorCode.forCode(code);
    return known
        .map(ErrorTexts::explain)
        .orElse("an error code missing from this client's registry (" + code + ")");
  }

  static String explain(ErrorCode code) {
    return switch (code) {
      case MALFORMED_FRAME -> "the server could not read a frame this client sent";
      case UNKNOWN_TYPE -> "the server does not know a frame type this client sent";
      case SCHEMA_VIOLATION ->
          "a value this client sent is not allowed (too long, or of the wrong form)";
      case UNEXPECTED_FRAME -> "the server did not expect that frame at this point";
      case RATE_LIMITED -> "too many frames per second: the server dropped one; try again";
      case INTERNAL_ERROR -> "the server failed to carry out the request; try again";
      case HELLO_REQUIRED -> "the connection did not start with hello";
      case VERSION_NOT_SUPPORTED -> "the server speaks no protocol version this client speaks";
      case HELLO_TIMEOUT -> "the opening exchange took too long";
      case FRAME_TOO_LARGE -> "a frame was longer than the server's maxFrameBytes";
      case BINARY_FRAME -> "a binary WebSocket message was sent; MPLP frames are text";
      case LOGIN_REQUIRED -> "the device is not logged in";
      case UNKNOWN_ACCOUNT -> "the server has no such account";
      case BAD_CREDENTIAL ->
          "wrong password, or this device's credential is no longer valid (was the device removed?"
              + " then delete the state directory and log in with the password)";
      case LOCKED_OUT ->
          "too many failed logins: password logins are locked for a while; try again later";
      case TOO_MANY_DEVICES ->
          "the account has as many devices as the server allows; remove one first"
              + " (logout --remove on that device)";
      case UNKNOWN_DEVICE -> "no device of this account has that address (see: devices)";
      case LOGIN_LIMIT -> "too many frames without a successful login";
      case LOGIN_TIMEOUT -> "the login took longer than the server's loginTimeoutSeconds";
      case SESSION_REPLACED ->
          "this device logged in on another connection (another client using the same state"
              + " directory?), which holds its session now";
      case MESSAGE_TOO_LARGE -> "the message is longer than the server's maxMessageBytes";
      case FORGED_SENDER -> "the message claimed to come from another device";
      case RECIPIENT_FULL ->
          "the recipient has too many undelivered messages waiting; try again when it has read"
              + " them";
      case FILE_TOO_LARGE -> "a file is larger than the server's maxFileBytes";
      case TOO_MANY_FILES -> "the offer lists more files than the server's maxFilesPerOffer";
      case TOO_MANY_TRANSFERS ->
          "this device or the recipient already takes part in as many open transfers as the"
              + " server allows; wait for one to end";
      case SPOOL_FULL ->
          "the account's open transfers already hold as many bytes as the server allows; wait for"
              + " one to end";
      case TRANSFER_TOO_LARGE ->
          "the offer's files add up to more than the server's maxTransferBytes; offer them in"
              + " several offers";
      case BAD_FILE_NAME ->
          "a file name or folder path is not a safe, portable name (no .., no absolute path, no"
              + " reserved name such as CON)";
      case UNKNOWN_TRANSFER -> "this device takes part in no transfer with that id";
      case WRONG_PARTY -> "only the transfer's recipient may answer the offer or report a file";
      case WRONG_TRANSFER_STATE ->
          "the transfer or file is no longer in a state that takes this request (answered,"
              + " ended, or not accepted)";
      case NOT_PRIMARY ->
          "only the account's primary device may set policies, revoke devices or hand over the"
              + " role";
      case REFUSED_BY_POLICY -> "the primary device's policy for that device refuses messages";
      case DEVICE_REVOKED ->
          "the primary device revoked this device; delete the state directory and log in with the"
              + " password to register it again";
      case ACCOUNT_REMOVED ->
          "the server's operator removed the account; its devices can no longer log in";
      case SHUTTING_DOWN -> "the server is stopping; the client connects again when it is back";
    };
  }
}
