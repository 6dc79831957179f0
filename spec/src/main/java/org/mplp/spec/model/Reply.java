package org.mplp.spec.model;

/**
 * A server frame that answers a client frame, naming its id in {@code replyTo}. {@link ErrorFrame},
 * {@link Settings} and {@link Transfer} are also sent unasked, and then their {@code replyTo} is
 * null; the other replies always answer one (spec: Transport, Frames).
 */
public sealed interface Reply extends ServerFrame
    permits Welcome,
        Pong,
        ErrorFrame,
        Ok,
        LoginChallenge,
        LoginOk,
        DeviceList,
        MessageAccepted,
        Settings,
        Transfer {

  /** The id of the client frame this answers; null when sent unasked, where the schema allows. */
  String replyTo();
}
