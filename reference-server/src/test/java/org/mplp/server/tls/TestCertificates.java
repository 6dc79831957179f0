package org.mplp.server.tls;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.mplp.server.TlsConfig;

/** A small certificate authority for tests: a root, and server certificates it issues. */
public final class TestCertificates {

  private static final AtomicLong SERIAL = new AtomicLong(1);

  private TestCertificates() {}

  public static KeyPair ecKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  /** A certificate of subjectKeys signed with issuerKeys; a CA may issue others. */
  public static X509Certificate issue(
      String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean ca)
      throws Exception {
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            new X500Name("CN=" + issuer),
            BigInteger.valueOf(SERIAL.getAndIncrement()),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(1))),
            new X500Name("CN=" + subject),
            subjectKeys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    if (!ca) {
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.iPAddress, subject)));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
  }

  /** A CA and a certificate for an IP address it issued, written as chain and key files. */
  public record Issued(X509Certificate root, X509Certificate server, TlsConfig files) {}

  public static Issued issueForAddress(Path directory, String address) throws Exception {
    KeyPair rootKeys = ecKeys();
    KeyPair serverKeys = ecKeys();
    X509Certificate root = issue("Test Root", rootKeys, "Test Root", rootKeys, true);
    X509Certificate server = issue(address, serverKeys, "Test Root", rootKeys, false);
    Files.createDirectories(directory);
    Path chain =
        Files.writeString(
            directory.resolve("chain.pem"),
            PemFiles.pem("CERTIFICATE", server.getEncoded())
                + PemFiles.pem("CERTIFICATE", root.getEncoded()));
    Path key =
        Files.writeString(
            directory.resolve("key.pem"),
            PemFiles.pem("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
    return new Issued(root, server, new TlsConfig(chain, key));
  }
}
