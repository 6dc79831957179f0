package org.mplp.conformance.client.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mplp.conformance.client.server.KitFile;

/**
 * Every file and folder under a folder, but one subfolder, with its size and content hash: taken
 * before the client acts and after, to see what it changed outside its receive folder.
 */
final class FolderSnapshot {
  private final Map<String, String> entries;

  private FolderSnapshot(Map<String, String> entries) {
    this.entries = entries;
  }

  static FolderSnapshot of(Path root, Path except) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.startsWith(except) || p.equals(root)) {
          continue;
        }
        String what =
            Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                ? "folder"
                : Files.isSymbolicLink(p)
                    ? "link to " + Files.readSymbolicLink(p)
                    : "file of "
                        + Files.size(p)
                        + " bytes, "
                        + KitFile.sha256(Files.readAllBytes(p));
        entries.put(root.relativize(p).toString(), what);
      }
    }
    return new FolderSnapshot(entries);
  }

  /** Sentences for what differs from an earlier snapshot; empty when nothing does. */
  List<String> changesSince(FolderSnapshot before) {
    List<String> changes = new ArrayList<>();
    entries.forEach(
        (path, what) -> {
          String was = before.entries.get(path);
          if (was == null) {
            changes.add(path + " appeared (" + what + ")");
          } else if (!Objects.equals(was, what)) {
            changes.add(path + " changed");
          }
        });
    before.entries.keySet().stream()
        .filter(p -> !entries.containsKey(p))
        .forEach(p -> changes.add(p + " disappeared"));
    return changes;
  }
}
