package org.mplp.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The admin file holds the operator's token: only its owner may read it, on any file system. */
class AdminFileTest {
  private static final AdminFile ADMIN =
      new AdminFile(URI.create("http://127.0.0.1:7701/"), "the-token");

  @Test
  void withPosixPermissionsOnlyTheOwnerReadsIt() throws IOException {
    Configuration posix =
        Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix").build();
    try (FileSystem unix = Jimfs.newFileSystem(posix)) {
      Path dataDir = Files.createDirectories(unix.getPath("/data"));
      ADMIN.write(dataDir);
      assertThat(Files.getPosixFilePermissions(dataDir.resolve(AdminFile.NAME)))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(AdminFile.read(dataDir)).contains(ADMIN);
    }
  }

  @Test
  void withAccessListsOnlyTheOwnerIsListed() throws IOException {
    Configuration aclsOnly =
        Configuration.windows().toBuilder().setAttributeViews("basic", "owner", "acl").build();
    try (FileSystem windows = Jimfs.newFileSystem(aclsOnly)) {
      Path dataDir = Files.createDirectories(windows.getPath("C:\\data"));
      ADMIN.write(dataDir);
      Path file = dataDir.resolve(AdminFile.NAME);
      var entries = Files.getFileAttributeView(file, AclFileAttributeView.class).getAcl();
      assertThat(entries)
          .singleElement()
          .satisfies(
              entry -> {
                assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
                assertThat(entry.principal()).isEqualTo(Files.getOwner(file));
              });
      assertThat(entries).extracting(AclEntry::permissions).isNotEmpty();
      assertThat(AdminFile.read(dataDir)).contains(ADMIN);
    }
  }

  @Test
  void aFileSystemThatCannotKeepItPrivateIsRefusedAndGetsNoToken() throws IOException {
    Configuration noPermissions =
        Configuration.unix().toBuilder().setAttributeViews("basic").build();
    try (FileSystem bare = Jimfs.newFileSystem(noPermissions)) {
      Path dataDir = Files.createDirectories(bare.getPath("/data"));
      assertThatThrownBy(() -> ADMIN.write(dataDir))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("neither POSIX permissions nor access lists");
      try (var left = Files.list(dataDir)) {
        assertThat(left).isEmpty();
      }
    }
  }
}
