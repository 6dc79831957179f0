package org.mplp.client.transfers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mplp.spec.model.OfferedFile;

/**
 * The files an offer lists, read from disk: a file as itself, a folder as its files with the
 * folder-relative path of the directory holding each (spec: The offer). The local path of each
 * entry is kept beside it, so that the upload reads the very file that was hashed.
 */
public final class LocalFiles {
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9.+-]{0,31}/[a-z0-9][a-z0-9.+-]{0,63}");

  /** One offered file and where it lies on this device. */
  public record Entry(OfferedFile offered, Path local) {}

  private LocalFiles() {}

  /** Hashes each file of the given files and folders; names that break the rules are refused. */
  public static List<Entry> of(List<Path> paths) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (Path given : paths) {
      Path path = given.toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        addFolder(path, entries);
      } else if (Files.isRegularFile(path)) {
        entries.add(entry(path, null));
      } else {
        throw new IOException("no such file or folder: " + given);
      }
    }
    if (entries.isEmpty()) {
      throw new IOException("nothing to offer: the folder holds no file");
    }
    return entries;
  }

  private static void addFolder(Path folder, List<Entry> entries) throws IOException {
    Path top = folder.getFileName();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      // The folder's own name is the first segment, so the receiver recreates the folder.
      Path relativeDir = folder.getParent().relativize(file.getParent());
      String path = relativeDir.toString().replace(relativeDir.getFileSystem().getSeparator(), "/");
      entries.add(entry(file, path.isEmpty() ? top.toString() : path));
    }
  }

  private static Entry entry(Path file, String path) throws IOException {
    String name = file.getFileName().toString();
    if (!FileNameRules.validSegment(name) || !FileNameRules.validPath(path)) {
      throw new IOException(
          "cannot offer " + file + ": its name breaks the protocol's file name rules");
    }
    long size = Files.size(file);
    return new Entry(new OfferedFile(name, path, size, Sha256.ofFile(file), mediaType(file)), file);
  }

  private static String mediaType(Path file) {
    String probed;
    try {
      probed = Files.probeContentType(file);
    } catch (IOException e) {
      probed = null;
    }
    String type = probed == null ? "" : probed.toLowerCase(Locale.ROOT);
    return MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
  }
}
