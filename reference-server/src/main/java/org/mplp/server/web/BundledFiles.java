package org.mplp.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the web client's folder from the class path (the server's jar, or the classes folder of a
 * build) once, into a map from request path to file. Only what is in that map is ever served, so no
 * request path can reach anything outside the folder.
 */
final class BundledFiles {

  /** The folder inside the jar. */
  static final String FOLDER = "org/mplp/server/web/client/";

  /** Bounds on what is read into memory: the client is a few dozen small files. */
  static final int MAX_FILES = 200;

  static final long MAX_TOTAL_BYTES = 4L << 20;

  private final Map<String, WebFile> byPath = new TreeMap<>();
  private long total;

  private BundledFiles() {}

  static Map<String, WebFile> read() {
    URL folder = BundledFiles.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      throw new IllegalStateException("the web client is missing from the class path: " + FOLDER);
    }
    BundledFiles files = new BundledFiles();
    try {
      if (folder.getProtocol().equals("jar")) {
        files.readJar(folder);
      } else {
        files.readFolder(Path.of(folder.toURI()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the web client's files", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return Collections.unmodifiableMap(files.byPath);
  }

  private void readJar(URL folder) throws IOException {
    JarURLConnection connection = (JarURLConnection) folder.openConnection();
    // A JarFile of our own, closed here; the class loader's stays untouched.
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (!entry.isDirectory() && entry.getName().startsWith(FOLDER)) {
          try (InputStream in = jar.getInputStream(entry)) {
            add(entry.getName().substring(FOLDER.length()), in.readAllBytes());
          }
        }
      }
    }
  }

  private void readFolder(Path root) throws IOException {
    List<Path> regular;
    try (Stream<Path> walk = Files.walk(root)) {
      regular = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : regular) {
      add(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
  }

  private void add(String relative, byte[] body) {
    String type =
        MediaTypes.of(relative)
            .orElseThrow(() -> new IllegalStateException("no media type for " + relative));
    total += body.length;
    if (byPath.size() >= MAX_FILES || total > MAX_TOTAL_BYTES) {
      throw new IllegalStateException(
          "the web client exceeds " + MAX_FILES + " files or " + MAX_TOTAL_BYTES + " bytes");
    }
    byPath.put("/" + relative, new WebFile(body, type, etagOf(body)));
  }

  private static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
