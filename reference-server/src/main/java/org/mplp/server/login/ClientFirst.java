package org.mplp.server.login;

import com.ongres.scram.common.ClientFirstMessage;
import com.ongres.scram.common.Gs2CbindFlag;
import com.ongres.scram.common.exception.ScramParseException;

/**
 * A client-first-message (RFC 5802 section 7) as the server needs it.
 *
 * @param gs2Header the header as sent, for checking the channel-binding attribute later
 * @param username as sent, with {@code =2C} and {@code =3D} not decoded; MPLP names contain neither
 * @param bare the message without its header, part of the AuthMessage
 */
public record ClientFirst(String gs2Header, String username, String clientNonce, String bare) {

  /**
   * Parses a client-first-message. MPLP runs without channel binding: a client that requires it
   * ({@code p=}) is refused; one that supports it but does not use it ({@code y}) is not.
   */
  public static ClientFirst parse(String message) throws ScramFormatException {
    ClientFirstMessage parsed;
    try {
      parsed = ClientFirstMessage.parseFrom(message);
    } catch (ScramParseException | IllegalArgumentException e) {
      throw new ScramFormatException("not a SCRAM client-first-message: " + e.getMessage());
    }
    if (parsed.getGs2Header().getChannelBindingFlag() == Gs2CbindFlag.CHANNEL_BINDING_REQUIRED) {
      throw new ScramFormatException("channel binding is not offered; the gs2 header is n,,");
    }
    String authzid = parsed.getGs2Header().getAuthzid();
    if (authzid != null && !authzid.equals(parsed.getUsername())) {
      throw new ScramFormatException("an authorization identity other than the username");
    }
    // The header is "flag,[authzid],": it ends at the second comma.
    int headerEnd = message.indexOf(',', message.indexOf(',') + 1) + 1;
    return new ClientFirst(
        message.substring(0, headerEnd),
        parsed.getUsername(),
        parsed.getClientNonce(),
        message.substring(headerEnd));
  }
}
