package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTrustTest {
  @TempDir Path dir;

  @Test
  void aTlsFailureIsFoundAmongTheCauses() {
    SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
    handshake.initCause(new CertificateException("unable to find valid certification path"));
    DriverException wrapped = new DriverException("cannot be reached", new IOException(handshake));
    assertThat(TlsTrust.tlsFailure(wrapped)).containsSame(handshake);
    assertThat(TlsTrust.certificateRejected(wrapped)).isTrue();
    assertThat(TlsTrust.tlsFailure(new DriverException("refused", new IOException()))).isEmpty();
    assertThat(TlsTrust.certificateRejected(new SSLHandshakeException("no cipher"))).isFalse();
  }

  @Test
  void aFileWithoutACertificateIsRefusedWithItsName() throws Exception {
    Path key =
        Files.writeString(
            dir.resolve("key.pem"),
            "-----BEGIN PRIVATE KEY-----\nMEE=\n-----END PRIVATE KEY-----\n");
    assertThatThrownBy(() -> TlsTrust.fromPem(key))
        .isInstanceOf(TlsTrust.BadCertificateFile.class)
        .hasMessageContaining(key.toString())
        .hasMessageContaining("no PEM certificate");
    assertThatThrownBy(() -> TlsTrust.fromPem(dir.resolve("missing.pem")))
        .hasMessageContaining("cannot read");
  }

  @Test
  void noCertificatesTrustNothingButStillMakeAContext() {
    assertThat(TlsTrust.trusting(List.of()).getProtocol()).isEqualTo("TLS");
    assertThat(TlsTrust.jdkDefault()).isNotNull();
  }
}
