package org.mplp.client.state;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.mplp.spec.binding.Binding;

/**
 * The state directory of one device: {@code device.properties} (its identity and credential) and
 * {@code shown-messages} (ids of messages already shown). One directory is one device; two clients
 * on one machine use two directories.
 */
public final class DeviceStateDir {
  static final String IDENTITY_FILE = "device.properties";
  static final String SHOWN_FILE = "shown-messages";
  static final String SHOWN_RECEIPTS_FILE = "shown-receipts";

  private final Path dir;

  public DeviceStateDir(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  public Path path() {
    return dir;
  }

  /** The identity saved by an earlier login, if this directory holds one. */
  public Optional<DeviceIdentity> identity() throws IOException {
    Path file = dir.resolve(IDENTITY_FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(file)));
    try {
      return Optional.of(
          new DeviceIdentity(
              URI.create(required(p, "server")),
              Binding.valueOf(required(p, "binding")),
              required(p, "account"),
              required(p, "address"),
              required(p, "credential"),
              p.getProperty("cacert") == null ? null : Path.of(p.getProperty("cacert"))));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " is damaged: " + e.getMessage(), e);
    }
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("no " + key);
    }
    return value;
  }

  /** Saves the identity with mode 600, replacing any earlier one as a whole. */
  public void save(DeviceIdentity identity) throws IOException {
    PrivateFiles.ensureDirectory(dir);
    Properties p = new Properties();
    p.setProperty("server", identity.server().toString());
    p.setProperty("binding", identity.binding().name());
    p.setProperty("account", identity.account());
    p.setProperty("address", identity.address());
    p.setProperty("credential", identity.credential());
    if (identity.caFile() != null) {
      p.setProperty("cacert", identity.caFile().toAbsolutePath().toString());
    }
    StringWriter text = new StringWriter();
    p.store(text, "MPLP device state: the credential logs in as this device, keep it private");
    PrivateFiles.writeAtomically(dir.resolve(IDENTITY_FILE), text.toString());
  }

  /** Forgets the device: after a logout with removal its credential is dead anyway. */
  public void forget() throws IOException {
    Files.deleteIfExists(dir.resolve(IDENTITY_FILE));
    Files.deleteIfExists(dir.resolve(SHOWN_FILE));
    Files.deleteIfExists(dir.resolve(SHOWN_RECEIPTS_FILE));
  }

  public ShownMessages shownMessages() {
    try {
      PrivateFiles.ensureDirectory(dir);
      return ShownMessages.open(dir.resolve(SHOWN_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + dir.resolve(SHOWN_FILE), e);
    }
  }

  /** The messageIds of the receipts this device has shown (REQ-MSG-025). */
  public ShownMessages shownReceipts() {
    try {
      PrivateFiles.ensureDirectory(dir);
      return ShownMessages.open(dir.resolve(SHOWN_RECEIPTS_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + dir.resolve(SHOWN_RECEIPTS_FILE), e);
    }
  }
}
