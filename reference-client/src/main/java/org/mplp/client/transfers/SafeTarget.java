package org.mplp.client.transfers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a received file goes: inside the chosen directory, never outside it (REQ-XFER-011), and
 * never over an existing file (REQ-XFER-012): a taken name gets a counter, "report (1).pdf".
 */
public final class SafeTarget {
  private SafeTarget() {}

  /**
   * A path for a new file named {@code name} in {@code path} (folder-relative, may be null) under
   * {@code directory}; creates the folders it needs.
   *
   * @throws IOException when the name or path breaks the spec's rules, or would leave the directory
   */
  public static Path resolve(Path directory, String path, String name) throws IOException {
    if (!FileNameRules.validSegment(name) || !FileNameRules.validPath(path)) {
      throw new IOException("refused to store a file named \"" + name + "\" at \"" + path + "\"");
    }
    Path root = directory.toAbsolutePath().normalize();
    Path folder = path == null ? root : root.resolve(path).normalize();
    if (!folder.startsWith(root)) {
      throw new IOException("refused a path outside " + root + ": " + path);
    }
    Files.createDirectories(folder);
    // A link already inside the folder must not carry the file elsewhere.
    if (!folder.toRealPath().startsWith(root.toRealPath())) {
      throw new IOException("refused a path that leads outside " + root + ": " + path);
    }
    Path candidate = folder.resolve(name);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 1; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
      candidate = folder.resolve(stem + " (" + n + ")" + extension);
    }
    if (!candidate.normalize().startsWith(root)) {
      throw new IOException("refused a name outside " + root + ": " + name);
    }
    return candidate;
  }
}
