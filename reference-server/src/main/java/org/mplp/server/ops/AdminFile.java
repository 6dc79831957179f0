package org.mplp.server.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where a running server's admin port is, and the token its operator's requests carry: a file in
 * the data directory that only its owner reads. Whoever can read the data directory can already
 * change the accounts in it, so the token gives nothing more.
 */
public record AdminFile(URI base, String token) {

  /** The file's name in the data directory. */
  public static final String NAME = "admin.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the file, readable by its owner only; replaces one a stopped server left behind. */
  public void write(Path dataDir) throws IOException {
    Path temporary = dataDir.resolve(NAME + ".new");
    Files.deleteIfExists(temporary);
    try {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
      Files.createFile(temporary);
    }
    var document = JSON.createObjectNode().put("url", base.toString()).put("token", token);
    Files.write(temporary, JSON.writeValueAsBytes(document));
    Files.move(temporary, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The file of a server running on the data directory; empty when there is none. */
  public static Optional<AdminFile> read(Path dataDir) throws IOException {
    Path file = dataDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode document = JSON.readTree(file.toFile());
    return Optional.of(
        new AdminFile(URI.create(document.path("url").asText()), document.path("token").asText()));
  }

  /** Takes the file away when the server that wrote it stops. */
  public static void delete(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(NAME));
    } catch (IOException e) {
      // A stale file is harmless: its address no longer answers.
    }
  }
}
