package org.mplp.conformance.driver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates a run trusts: the JDK's default trust store, or instead of it exactly the
 * certificates of a PEM file (like curl's --cacert). Host names are checked either way.
 */
public final class TlsTrust {
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*)-----END CERTIFICATE-----");

  private TlsTrust() {}

  /** A PEM file that cannot serve as trust anchors; the message says which and why. */
  public static final class BadCertificateFile extends Exception {
    private static final long serialVersionUID = 1L;

    BadCertificateFile(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The JDK's default: its cacerts, or the trust store the javax.net.ssl properties name. */
  public static SSLContext jdkDefault() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no default TLS context", e);
    }
  }

  /** A context whose only trust anchors are the certificates of the PEM file. */
  public static SSLContext fromPem(Path file) throws BadCertificateFile {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new BadCertificateFile("cannot read " + file + ": " + e, e);
    }
    List<X509Certificate> certificates = new ArrayList<>();
    Matcher block = PEM.matcher(text);
    while (block.find()) {
      try {
        byte[] der = Base64.getMimeDecoder().decode(block.group(1));
        certificates.add(
            (X509Certificate)
                CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
      } catch (IllegalArgumentException | CertificateException e) {
        throw new BadCertificateFile(
            "certificate " + (certificates.size() + 1) + " of " + file + " is broken: " + e, e);
      }
    }
    if (certificates.isEmpty()) {
      throw new BadCertificateFile(
          file + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)", null);
    }
    return trusting(certificates);
  }

  /** A context whose only trust anchors are these certificates. */
  public static SSLContext trusting(List<X509Certificate> certificates) {
    try {
      KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
      anchors.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        anchors.setCertificateEntry("trusted-" + i, certificates.get(i));
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(anchors);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a TLS context: " + e, e);
    }
  }

  /** The TLS failure among the causes of {@code failure}, when there is one. */
  public static Optional<SSLException> tlsFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SSLException tls) {
        return Optional.of(tls);
      }
    }
    return Optional.empty();
  }

  /** True when the TLS failure came from checking the peer's certificate (trust or host name). */
  public static boolean certificateRejected(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CertificateException) {
        return true;
      }
    }
    return false;
  }
}
