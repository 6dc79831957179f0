package org.mplp.server.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** The SHA-256 fingerprint of a certificate, written as {@code openssl x509 -fingerprint} does. */
public final class CertificateFingerprint {

  private CertificateFingerprint() {}

  /** Upper-case hex pairs separated by colons, over the DER encoding. */
  public static String sha256(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      // Every Java platform has SHA-256, and a parsed certificate has its encoding.
      throw new IllegalStateException(e);
    }
  }
}
