package org.mplp.server.tls;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads and writes the PEM files of a TLS identity, with errors that name the file and the fault.
 * Text around the PEM blocks (as openssl prints it) is skipped.
 */
public final class PemFiles {

  private static final String CONVERT_KEY =
      "; convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pkcs8.pem";

  private PemFiles() {}

  /** The certificates of a PEM file in file order: the server's own first, then its issuers. */
  public static List<X509Certificate> readCertificateChain(Path file) throws TlsConfigException {
    String what = "TLS certificate chain " + file;
    List<X509Certificate> chain = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    String text = read(file, what);
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        if (block instanceof X509CertificateHolder holder) {
          chain.add(converter.getCertificate(holder));
        }
      }
    } catch (IOException | CertificateException e) {
      throw new TlsConfigException(what + " is not valid PEM: " + e.getMessage(), e);
    }
    if (chain.isEmpty()) {
      throw new TlsConfigException(
          what + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }
    return List.copyOf(chain);
  }

  /** The first private key of a PEM file, which must be unencrypted PKCS#8. */
  public static PrivateKey readPrivateKey(Path file) throws TlsConfigException {
    String what = "TLS private key " + file;
    Object found = null;
    String text = read(file, what);
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        if (block instanceof PrivateKeyInfo
            || block instanceof PKCS8EncryptedPrivateKeyInfo
            || block instanceof PEMKeyPair
            || block instanceof PEMEncryptedKeyPair) {
          found = block;
          break;
        }
      }
      if (found instanceof PrivateKeyInfo info) {
        return new JcaPEMKeyConverter().getPrivateKey(info);
      }
    } catch (IOException e) {
      throw new TlsConfigException(what + " is not valid PEM: " + e.getMessage(), e);
    }
    if (found instanceof PKCS8EncryptedPrivateKeyInfo) {
      throw new TlsConfigException(
          what + " is encrypted; the server needs it unencrypted" + CONVERT_KEY);
    }
    if (found != null) {
      throw new TlsConfigException(
          what + " is in a legacy format (BEGIN RSA/EC PRIVATE KEY), not PKCS#8" + CONVERT_KEY);
    }
    throw new TlsConfigException(what + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
  }

  /** One PEM block: the label's BEGIN line, base64 in lines of 64, the END line. */
  public static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static String read(Path file, String what) throws TlsConfigException {
    if (!Files.exists(file)) {
      throw new TlsConfigException(what + " not found");
    }
    if (!Files.isRegularFile(file)) {
      throw new TlsConfigException(what + " is not a file");
    }
    if (!Files.isReadable(file)) {
      throw new TlsConfigException(what + " is not readable by this process");
    }
    try {
      // Latin-1 decodes any bytes: a binary file then holds no PEM block, which says more.
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new TlsConfigException(what + " cannot be read: " + e.getMessage(), e);
    }
  }
}
