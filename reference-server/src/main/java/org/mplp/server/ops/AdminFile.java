package org.mplp.server.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
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
    createReadableByOwnerOnly(temporary);
    var document = JSON.createObjectNode().put("url", base.toString()).put("token", token);
    Files.write(temporary, JSON.writeValueAsBytes(document));
    Files.move(temporary, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Creates an empty file only its owner can read, before the token is written into it: with POSIX
   * permissions where the file system has them, else with an access list naming the owner alone. A
   * file system with neither cannot keep the token private, so the server refuses to start there
   * rather than hand the token to every local user.
   */
  private static void createReadableByOwnerOnly(Path file) throws IOException {
    FileStore store = Files.getFileStore(file.getParent());
    if (store.supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else if (store.supportsFileAttributeView(AclFileAttributeView.class)) {
      Files.createFile(file);
      AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
      acl.setAcl(List.of(ownerOnly(Files.getOwner(file))));
    } else {
      throw new IOException(
          "the file system of "
              + file.getParent()
              + " has neither POSIX permissions nor access lists, so "
              + NAME
              + " (the admin token) could not be kept from other users; put the data directory"
              + " on another file system");
    }
  }

  private static AclEntry ownerOnly(UserPrincipal owner) {
    return AclEntry.newBuilder()
        .setType(AclEntryType.ALLOW)
        .setPrincipal(owner)
        .setPermissions(
            AclEntryPermission.READ_DATA,
            AclEntryPermission.WRITE_DATA,
            AclEntryPermission.APPEND_DATA,
            AclEntryPermission.READ_ATTRIBUTES,
            AclEntryPermission.WRITE_ATTRIBUTES,
            AclEntryPermission.READ_ACL,
            AclEntryPermission.WRITE_ACL,
            AclEntryPermission.DELETE,
            AclEntryPermission.SYNCHRONIZE)
        .build();
  }

  /** The file of a server running on the data directory; empty when there is none. */
  public static Optional<AdminFile> read(Path dataDir) throws IOException {
    Path file = dataDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode document = JSON.readTree(Files.readAllBytes(file));
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
