package org.mplp.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netty.buffer.ByteBufAllocator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.TlsConfig;

class ServerTlsTest {

  @TempDir static Path temp;
  private static SelfSignedTls.Outcome identity;

  @BeforeAll
  static void makeAnIdentity() throws Exception {
    identity = SelfSignedTls.ensure(temp.resolve("ec"), "127.0.0.1");
  }

  private static TlsConfigException loadFails(TlsConfig config) {
    Throwable failure = catchThrowable(() -> ServerTls.load(config));
    assertThat(failure).isInstanceOf(TlsConfigException.class);
    return (TlsConfigException) failure;
  }

  private static Path write(String name, String text) throws Exception {
    return Files.writeString(temp.resolve(name), text);
  }

  /** An RSA key pair and its certificate, as PEM files. */
  private static TlsConfig rsaIdentity(String name) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    X509Certificate certificate =
        SelfSignedTls.certificate(pair, "SHA256withRSA", "rsa.test", Set.of("rsa.test"));
    return new TlsConfig(
        write(name + "-cert.pem", PemFiles.pem("CERTIFICATE", certificate.getEncoded())),
        write(name + "-key.pem", PemFiles.pem("PRIVATE KEY", pair.getPrivate().getEncoded())));
  }

  @Test
  void aMatchingPairServesTls12And13Only() throws Exception {
    ServerTls tls = ServerTls.load(identity.files());
    assertThat(tls.certificate()).isEqualTo(identity.certificate());
    SSLEngine engine = tls.context().newEngine(ByteBufAllocator.DEFAULT);
    assertThat(engine.getUseClientMode()).isFalse();
    assertThat(engine.getEnabledProtocols()).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
  }

  @Test
  void rsaKeysServeToo() throws Exception {
    TlsConfig rsa = rsaIdentity("rsa");
    assertThat(ServerTls.load(rsa).certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
  }

  @Test
  void aChainIsTheServersCertificateThenItsIssuers() throws Exception {
    TestCertificates.Issued issued =
        TestCertificates.issueForAddress(temp.resolve("issued"), "127.0.0.1");
    Path chain =
        write(
            "chain-with-text.pem",
            "subject=CN = 127.0.0.1\n" + Files.readString(issued.files().certificateChain()));
    ServerTls tls = ServerTls.load(new TlsConfig(chain, issued.files().privateKey()));
    assertThat(tls.chain()).containsExactly(issued.server(), issued.root());
    assertThat(tls.certificate()).isEqualTo(issued.server());
  }

  @Test
  void aChainOutOfOrderIsRefused() throws Exception {
    TestCertificates.Issued issued =
        TestCertificates.issueForAddress(temp.resolve("out-of-order"), "127.0.0.1");
    Path chain =
        write(
            "out-of-order.pem",
            PemFiles.pem("CERTIFICATE", issued.server().getEncoded())
                + Files.readString(identity.files().certificateChain()));
    assertThat(loadFails(new TlsConfig(chain, issued.files().privateKey())))
        .hasMessage(
            "TLS certificate chain "
                + chain
                + ": certificate 2 (CN=127.0.0.1) did not issue certificate 1 (issued by"
                + " CN=Test Root); list the server's certificate first, then each issuer in turn");
  }

  @Test
  void missingFilesAreNamed() {
    Path nowhere = temp.resolve("nowhere.pem");
    assertThat(loadFails(new TlsConfig(nowhere, identity.files().privateKey())))
        .hasMessage("TLS certificate chain " + nowhere + " not found");
    assertThat(loadFails(new TlsConfig(identity.files().certificateChain(), nowhere)))
        .hasMessage("TLS private key " + nowhere + " not found");
  }

  @Test
  void aDirectoryIsNotAFile() {
    assertThat(loadFails(new TlsConfig(temp, identity.files().privateKey())))
        .hasMessage("TLS certificate chain " + temp + " is not a file");
  }

  @Test
  void aKeyOfAnotherCertificateDoesNotMatch() throws Exception {
    TlsConfig other = SelfSignedTls.ensure(temp.resolve("other"), "127.0.0.1").files();
    assertThat(loadFails(new TlsConfig(identity.files().certificateChain(), other.privateKey())))
        .hasMessageContaining("TLS private key " + other.privateKey() + " does not match");
  }

  @Test
  void aKeyOfAnotherAlgorithmDoesNotMatch() throws Exception {
    TlsConfig rsa = rsaIdentity("rsa-other");
    assertThat(loadFails(new TlsConfig(identity.files().certificateChain(), rsa.privateKey())))
        .hasMessageContaining("does not match")
        .hasMessageContaining("a RSA key, a EC one");
  }

  @Test
  void aLegacyKeyFormatIsRefusedWithTheCommandThatConvertsIt() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(generator.generateKeyPair().getPrivate());
    }
    assertThat(pem.toString()).startsWith("-----BEGIN EC PRIVATE KEY-----");
    Path legacy = write("legacy-key.pem", pem.toString());
    assertThat(loadFails(new TlsConfig(identity.files().certificateChain(), legacy)))
        .hasMessageContaining("not PKCS#8")
        .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
  }

  @Test
  void filesSwappedAreNamedForWhatTheyLack() {
    TlsConfig swapped =
        new TlsConfig(identity.files().privateKey(), identity.files().certificateChain());
    assertThat(loadFails(swapped))
        .hasMessage(
            "TLS certificate chain "
                + identity.files().privateKey()
                + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    TlsConfig keyIsACertificate =
        new TlsConfig(identity.files().certificateChain(), identity.files().certificateChain());
    assertThat(loadFails(keyIsACertificate))
        .hasMessage(
            "TLS private key "
                + identity.files().certificateChain()
                + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
  }

  @Test
  void brokenPemIsReported() throws Exception {
    Path broken =
        write("broken.pem", "-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n");
    assertThat(loadFails(new TlsConfig(broken, identity.files().privateKey())))
        .hasMessageStartingWith("TLS certificate chain " + broken + " is not valid PEM");
  }

  @Test
  void theFingerprintIsSha256InOpensslsSpelling() {
    String fingerprint = CertificateFingerprint.sha256(identity.certificate());
    assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
  }
}
