package org.mplp.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedTlsTest {

  @TempDir Path dataDir;

  @Test
  void theFilesLiveInTheDataDirectory() {
    assertThat(SelfSignedTls.files(dataDir).certificateChain())
        .isEqualTo(dataDir.resolve("tls/self-signed-cert.pem"));
    assertThat(SelfSignedTls.files(dataDir).privateKey())
        .isEqualTo(dataDir.resolve("tls/self-signed-key.pem"));
  }

  @Test
  void theCertificateIsMadeOnceAndReused() throws Exception {
    SelfSignedTls.Outcome first = SelfSignedTls.ensure(dataDir, "127.0.0.1");
    assertThat(first.created()).isTrue();
    assertThat(first.reason()).isEqualTo("there was none");
    byte[] certificate = Files.readAllBytes(first.files().certificateChain());
    byte[] key = Files.readAllBytes(first.files().privateKey());

    SelfSignedTls.Outcome second = SelfSignedTls.ensure(dataDir, "127.0.0.1");
    assertThat(second.created()).isFalse();
    assertThat(second.certificate()).isEqualTo(first.certificate());
    assertThat(Files.readAllBytes(second.files().certificateChain())).isEqualTo(certificate);
    assertThat(Files.readAllBytes(second.files().privateKey())).isEqualTo(key);
  }

  @Test
  void itNamesTheHostAndTheLoopbackNames() throws Exception {
    SelfSignedTls.Outcome outcome = SelfSignedTls.ensure(dataDir, "mplp.Example");
    assertThat(CertificateNames.of(outcome.certificate()))
        .containsExactly("mplp.example", "localhost", "127.0.0.1", "::1");
    assertThat(outcome.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=mplp.Example");
    assertThat(outcome.certificate().getBasicConstraints()).as("not a CA").isEqualTo(-1);
    assertThat(outcome.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
  }

  @Test
  void anotherHostGetsANewCertificate() throws Exception {
    SelfSignedTls.Outcome first = SelfSignedTls.ensure(dataDir, "127.0.0.1");
    SelfSignedTls.Outcome second = SelfSignedTls.ensure(dataDir, "192.0.2.7");
    assertThat(second.created()).isTrue();
    assertThat(second.reason()).isEqualTo("the old one does not name 192.0.2.7");
    assertThat(second.certificate()).isNotEqualTo(first.certificate());
    assertThat(CertificateNames.of(second.certificate())).contains("192.0.2.7");
    assertThat(SelfSignedTls.ensure(dataDir, "localhost").created())
        .as("localhost is named by every one")
        .isFalse();
  }

  @Test
  void aDamagedCertificateIsReplaced() throws Exception {
    SelfSignedTls.Outcome first = SelfSignedTls.ensure(dataDir, "127.0.0.1");
    Files.writeString(first.files().certificateChain(), "damaged");
    SelfSignedTls.Outcome second = SelfSignedTls.ensure(dataDir, "127.0.0.1");
    assertThat(second.created()).isTrue();
    assertThat(second.reason()).contains("holds no PEM certificate");
    assertThat(ServerTls.load(second.files()).certificate()).isEqualTo(second.certificate());
  }

  @Test
  void theKeyIsReadableByItsOwnerOnly() throws Exception {
    SelfSignedTls.Outcome outcome = SelfSignedTls.ensure(dataDir, "127.0.0.1");
    assertThat(Files.readString(outcome.files().privateKey()))
        .startsWith("-----BEGIN PRIVATE KEY-----\n");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(outcome.files().privateKey())))
          .isEqualTo("rw-------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(outcome.files().certificateChain())))
          .isEqualTo("rw-r--r--");
    }
    try (var listing = Files.list(outcome.files().certificateChain().getParent())) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .as("no temporary file left")
          .containsExactlyInAnyOrder("self-signed-cert.pem", "self-signed-key.pem");
    }
  }

  @Test
  void aWildcardHostNamesThisMachine() {
    assertThat(CertificateNames.isWildcard("0.0.0.0")).isTrue();
    assertThat(CertificateNames.isWildcard("::")).isTrue();
    assertThat(CertificateNames.isWildcard("127.0.0.1")).isFalse();
    assertThat(CertificateNames.isWildcard("example.org")).isFalse();
    assertThat(CertificateNames.forHost("0.0.0.0"))
        .contains(CertificateNames.canonical(CertificateNames.localHostName()))
        .contains("localhost", "127.0.0.1", "::1")
        .doesNotContain("0.0.0.0");
  }

  @Test
  void aWildcardHostGetsACertificateNamingThisMachineAndKeepsIt() throws Exception {
    Set<String> beyondLoopback = new LinkedHashSet<>(CertificateNames.forHost("0.0.0.0"));
    beyondLoopback.removeAll(CertificateNames.forHost("127.0.0.1"));
    assumeThat(beyondLoopback)
        .as("this machine has a name or address beyond loopback")
        .isNotEmpty();
    SelfSignedTls.ensure(dataDir, "127.0.0.1");
    SelfSignedTls.Outcome wildcard = SelfSignedTls.ensure(dataDir, "0.0.0.0");
    assertThat(wildcard.created()).isTrue();
    assertThat(wildcard.reason())
        .isEqualTo("the old one does not name " + String.join(", ", beyondLoopback));
    assertThat(CertificateNames.of(wildcard.certificate()))
        .containsAll(CertificateNames.forHost("0.0.0.0"));
    assertThat(SelfSignedTls.ensure(dataDir, "0.0.0.0").created()).isFalse();
  }

  @Test
  void namesHaveOneSpelling() {
    assertThat(CertificateNames.canonical("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(CertificateNames.canonical("fe80::1%eth0")).isEqualTo("fe80::1");
    assertThat(CertificateNames.canonical("Host.Example")).isEqualTo("host.example");
  }
}
