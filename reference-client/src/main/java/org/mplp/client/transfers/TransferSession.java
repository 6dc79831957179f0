package org.mplp.client.transfers;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import org.mplp.spec.model.Frame;

/** What the transfer manager needs of the logged-in client it belongs to. */
public interface TransferSession {
  /** This device's address; null before the first login. */
  String selfAddress();

  String nextId();

  CompletableFuture<Frame> request(String id, Frame frame);

  /** The HTTP origin of the control channel's server, e.g. http://127.0.0.1:7700. */
  URI httpOrigin();

  /** An HTTP client trusting what the control channel trusts. */
  HttpClient http();
}
