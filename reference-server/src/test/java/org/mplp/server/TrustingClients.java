package org.mplp.server;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** JDK clients that trust one certificate, the way a client trusts a self-signed server. */
final class TrustingClients {

  private TrustingClients() {}

  /** Read with the JDK's own PEM reader, so that the file is proved standard. */
  static X509Certificate readCertificate(Path pem) throws Exception {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  /** An SSL context whose only trust anchor is the certificate; host names are still checked. */
  static SSLContext trusting(X509Certificate certificate) throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("server", certificate);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  static HttpClient httpClient(X509Certificate certificate) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(trusting(certificate))
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }
}
