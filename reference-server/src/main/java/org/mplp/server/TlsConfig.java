package org.mplp.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The server's TLS identity: PEM files read at start (see {@link
 * org.mplp.server.tls.ServerTls#context}). With it, the one port speaks TLS only (https, wss).
 *
 * @param certificateChain PEM, the server's certificate first, then any intermediates
 * @param privateKey PEM, unencrypted PKCS#8 ({@code -----BEGIN PRIVATE KEY-----})
 */
public record TlsConfig(Path certificateChain, Path privateKey) {

  public TlsConfig {
    Objects.requireNonNull(certificateChain, "certificateChain");
    Objects.requireNonNull(privateKey, "privateKey");
  }
}
