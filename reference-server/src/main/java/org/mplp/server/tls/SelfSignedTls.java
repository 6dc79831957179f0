package org.mplp.server.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.mplp.server.TlsConfig;

/**
 * A self-signed certificate for local trials, kept in {@code <dataDir>/tls/} and reused on later
 * starts, so that a client trusts it once. It names the listening host (for a wildcard address,
 * this machine's name and addresses) and always localhost, 127.0.0.1 and ::1.
 */
public final class SelfSignedTls {

  public static final String DIRECTORY = "tls";
  public static final String CERTIFICATE_FILE = "self-signed-cert.pem";
  public static final String KEY_FILE = "self-signed-key.pem";

  static final Duration VALIDITY = Duration.ofDays(365);

  /** Renewed at a start this close to expiry, so that it does not run out while serving. */
  static final Duration RENEW_BEFORE = Duration.ofDays(7);

  /**
   * What a start found or made.
   *
   * @param created true when the files were written now; {@code reason} then says why
   */
  public record Outcome(
      TlsConfig files, X509Certificate certificate, boolean created, String reason) {}

  private SelfSignedTls() {}

  /** Where the files of a data directory are. */
  public static TlsConfig files(Path dataDir) {
    Path directory = dataDir.resolve(DIRECTORY);
    return new TlsConfig(directory.resolve(CERTIFICATE_FILE), directory.resolve(KEY_FILE));
  }

  /**
   * Reuses the certificate of the data directory when it is there, readable, names the host (for a
   * wildcard address, this machine's current name and addresses) and does not expire soon;
   * otherwise writes a new one with a new key.
   */
  public static Outcome ensure(Path dataDir, String host) throws IOException {
    TlsConfig files = files(dataDir);
    String reason;
    try {
      ServerTls existing = ServerTls.load(files);
      reason = reasonToRenew(existing.certificate(), host).orElse(null);
      if (reason == null) {
        return new Outcome(files, existing.certificate(), false, null);
      }
    } catch (TlsConfigException e) {
      reason = Files.exists(files.certificateChain()) ? e.getMessage() : "there was none";
    }
    X509Certificate certificate = generate(files, host);
    return new Outcome(files, certificate, true, reason);
  }

  private static Optional<String> reasonToRenew(X509Certificate certificate, String host) {
    if (certificate.getNotAfter().toInstant().isBefore(Instant.now().plus(RENEW_BEFORE))) {
      return Optional.of("the old one expires on " + certificate.getNotAfter().toInstant());
    }
    Set<String> missing = new LinkedHashSet<>(CertificateNames.forHost(host));
    missing.removeAll(CertificateNames.of(certificate));
    if (!missing.isEmpty()) {
      return Optional.of("the old one does not name " + String.join(", ", missing));
    }
    return Optional.empty();
  }

  private static X509Certificate generate(TlsConfig files, String host) throws IOException {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keyPair = generator.generateKeyPair();
      X509Certificate certificate =
          certificate(
              keyPair,
              "SHA256withECDSA",
              CertificateNames.isWildcard(host) ? CertificateNames.localHostName() : host,
              CertificateNames.forHost(host));
      Path directory = files.certificateChain().getParent();
      Files.createDirectories(directory);
      // The key first: a certificate on disk always has its key beside it.
      write(
          files.privateKey(),
          PemFiles.pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()),
          "rw-------");
      write(
          files.certificateChain(),
          PemFiles.pem("CERTIFICATE", certificate.getEncoded()),
          "rw-r--r--");
      return certificate;
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IOException("cannot generate a self-signed certificate: " + e.getMessage(), e);
    }
  }

  /** A self-signed end-entity certificate for TLS servers with these subject alternative names. */
  static X509Certificate certificate(
      KeyPair keyPair, String signatureAlgorithm, String commonName, Set<String> names)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
            // An hour back, for clients whose clock is behind.
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(VALIDITY)),
            subject,
            keyPair.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    builder.addExtension(
        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    builder.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(
            names.stream().map(CertificateNames::generalName).toArray(GeneralName[]::new)));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder(signatureAlgorithm).build(keyPair.getPrivate())));
  }

  /** Writes beside the target and moves it in place, so that a start never reads half a file. */
  private static void write(Path file, String pem, String permissions) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(permissions));
      }
      Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
