package org.mplp.server.tls;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.mplp.server.TlsConfig;

/**
 * The server side of TLS for one configuration: its certificate chain and the Netty context every
 * connection's SslHandler comes from. Loading checks what a handshake would otherwise find late.
 */
public final class ServerTls {

  /** TLS 1.2 and 1.3 only: the older versions are deprecated (RFC 8996). */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  /** A signature algorithm per key algorithm, to prove that the key belongs to the certificate. */
  private static final Map<String, String> PROOF_SIGNATURES =
      Map.of("RSA", "SHA256withRSA", "EC", "SHA256withECDSA", "EdDSA", "EdDSA");

  private final SslContext context;
  private final List<X509Certificate> chain;

  private ServerTls(SslContext context, List<X509Certificate> chain) {
    this.context = context;
    this.chain = chain;
  }

  /**
   * Reads the files and builds the context.
   *
   * @throws TlsConfigException when a file is missing, unreadable or not PEM, the key is not
   *     PKCS#8, or the key does not belong to the chain's first certificate
   */
  public static ServerTls load(TlsConfig config) throws TlsConfigException {
    List<X509Certificate> chain = PemFiles.readCertificateChain(config.certificateChain());
    PrivateKey key = PemFiles.readPrivateKey(config.privateKey());
    checkKeyMatches(key, chain.get(0), config);
    checkOrder(chain, config);
    try {
      SslContext context =
          SslContextBuilder.forServer(key, chain.toArray(X509Certificate[]::new))
              .sslProvider(SslProvider.JDK)
              .protocols(PROTOCOLS)
              .build();
      return new ServerTls(context, chain);
    } catch (SSLException | IllegalArgumentException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new TlsConfigException(
          "TLS certificate chain "
              + config.certificateChain()
              + " and key "
              + config.privateKey()
              + " cannot be used: "
              + root.getMessage(),
          e);
    }
  }

  /** The context that makes each connection's SslHandler. */
  public SslContext context() {
    return context;
  }

  /** The certificate the server presents. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  public List<X509Certificate> chain() {
    return chain;
  }

  /** Each certificate after the first must be the issuer of the one before, as TLS sends them. */
  static void checkOrder(List<X509Certificate> chain, TlsConfig config) throws TlsConfigException {
    for (int i = 1; i < chain.size(); i++) {
      X509Certificate subject = chain.get(i - 1);
      X509Certificate issuer = chain.get(i);
      if (!subject.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
        throw new TlsConfigException(
            "TLS certificate chain "
                + config.certificateChain()
                + ": certificate "
                + (i + 1)
                + " ("
                + issuer.getSubjectX500Principal().getName()
                + ") did not issue certificate "
                + i
                + " (issued by "
                + subject.getIssuerX500Principal().getName()
                + "); list the server's certificate first, then each issuer in turn");
      }
    }
  }

  /**
   * Signs a random challenge with the key and verifies it with the certificate's public key: the
   * JDK would take a foreign key without complaint and fail every handshake later.
   */
  static void checkKeyMatches(PrivateKey key, X509Certificate certificate, TlsConfig config)
      throws TlsConfigException {
    String mismatch =
        "TLS private key "
            + config.privateKey()
            + " does not match the certificate "
            + certificate.getSubjectX500Principal().getName()
            + " in "
            + config.certificateChain();
    PublicKey publicKey = certificate.getPublicKey();
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      throw new TlsConfigException(
          mismatch + " (a " + key.getAlgorithm() + " key, a " + publicKey.getAlgorithm() + " one)");
    }
    String algorithm = PROOF_SIGNATURES.get(key.getAlgorithm());
    if (algorithm == null) {
      throw new TlsConfigException(
          "TLS private key "
              + config.privateKey()
              + " is a "
              + key.getAlgorithm()
              + " key; the server takes RSA, EC and EdDSA keys");
    }
    try {
      byte[] challenge = new byte[32];
      new SecureRandom().nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      if (!verifier.verify(signature)) {
        throw new TlsConfigException(mismatch);
      }
    } catch (GeneralSecurityException e) {
      // Keys of one algorithm but different parameters (another curve) fail here.
      throw new TlsConfigException(mismatch, e);
    }
  }
}
