package org.mplp.conformance.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.mplp.conformance.driver.Terminal;
import org.mplp.conformance.report.Kit;

/** Which kit is running: versions from the build, and the SHA-256 of the jar it runs from. */
final class KitIdentity {
  static final String PROPERTIES = "org/mplp/conformance/kit.properties";

  private KitIdentity() {}

  static Kit current() {
    Properties p = new Properties();
    try (InputStream in = KitIdentity.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PROPERTIES, e);
    }
    String spec =
        "MPLP "
            + Terminal.CLIENT_VERSION
            + " (spec build "
            + p.getProperty("spec.version", "unknown")
            + ")";
    return new Kit(p.getProperty("version", "unknown"), spec, jarSha256());
  }

  /** The SHA-256 of the jar this class was loaded from; "" when it was loaded from a folder. */
  static String jarSha256() {
    Path source;
    try {
      source =
          Path.of(KitIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return "";
    }
    if (!Files.isRegularFile(source)) {
      return "";
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      return "";
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The lines of --version. */
  static String describe(Kit kit) {
    return "mplp-conformance "
        + kit.version()
        + "\nspec "
        + kit.specVersion()
        + "\njar SHA-256 "
        + (kit.jarSha256().isEmpty() ? "(not run from a jar)" : kit.jarSha256());
  }
}
