package org.mplp.client.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.spec.binding.Binding;

class DeviceStateDirTest {
  @TempDir Path temp;

  private static final DeviceIdentity PHONE =
      new DeviceIdentity(
          URI.create("wss://example.org/mplp"),
          Binding.XML,
          "235683",
          "235683-MP-1",
          "q3Z0l6yqk2yF1Vt3kP0b8mQ7rUeX5wHcJ9aD4sN2gLo",
          Path.of("/etc/mplp/ca.pem"));

  @Test
  void savesTheIdentityPrivatelyAndReadsItBack() throws IOException {
    DeviceStateDir dir = new DeviceStateDir(temp.resolve("phone"));
    assertThat(dir.identity()).isEmpty();
    dir.save(PHONE);
    assertThat(new DeviceStateDir(temp.resolve("phone")).identity()).contains(PHONE);
    assertThat(mode(temp.resolve("phone"))).isEqualTo("rwx------");
    assertThat(mode(temp.resolve("phone").resolve("device.properties"))).isEqualTo("rw-------");
  }

  @Test
  void forgetRemovesTheCredential() throws IOException {
    DeviceStateDir dir = new DeviceStateDir(temp.resolve("phone"));
    dir.save(PHONE);
    dir.forget();
    assertThat(dir.identity()).isEmpty();
  }

  @Test
  void aDamagedFileIsReportedNotGuessed() throws IOException {
    Files.createDirectories(temp.resolve("phone"));
    Files.writeString(temp.resolve("phone").resolve("device.properties"), "server=ws://x/\n");
    assertThatThrownBy(() -> new DeviceStateDir(temp.resolve("phone")).identity())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void shownMessagesAreRememberedAcrossRuns() throws IOException {
    DeviceStateDir dir = new DeviceStateDir(temp.resolve("phone"));
    try (ShownMessages shown = dir.shownMessages()) {
      assertThat(shown.firstShowing("m-1")).isTrue();
      assertThat(shown.firstShowing("m-1")).isFalse();
    }
    try (ShownMessages again = dir.shownMessages()) {
      assertThat(again.firstShowing("m-1")).as("shown in an earlier run").isFalse();
      assertThat(again.firstShowing("m-2")).isTrue();
    }
    assertThat(mode(temp.resolve("phone").resolve("shown-messages"))).isEqualTo("rw-------");
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
