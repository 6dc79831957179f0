package org.mplp.bench.xmpp;

import java.io.IOException;

/** An XMPP server the bench starts on loopback for its accounts, to compare with. */
public interface XmppPeer extends AutoCloseable {

  /** The c2s port on 127.0.0.1. */
  int port();

  /** The process whose resident memory is the server's. */
  long pid();

  @Override
  void close() throws IOException;
}
