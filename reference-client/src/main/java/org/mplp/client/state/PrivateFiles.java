package org.mplp.client.state;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read: a device credential logs in as the device without a password, so
 * it is kept like an SSH key (mode 600, in a directory of mode 700).
 */
final class PrivateFiles {
  private PrivateFiles() {}

  static void ensureDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    restrict(dir, "rwx------");
  }

  /** Creates the file with mode 600 if it does not exist yet. */
  static void ensureFile(Path file) throws IOException {
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      // kept as it is
    }
    restrict(file, "rw-------");
  }

  /** Replaces the file as a whole: a crash leaves the old content or the new, never half. */
  static void writeAtomically(Path file, String content) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    ensureFile(temp);
    Files.writeString(temp, content);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void restrict(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its own access control applies
    }
  }
}
