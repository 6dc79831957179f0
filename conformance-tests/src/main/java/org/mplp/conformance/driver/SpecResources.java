package org.mplp.conformance.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The spec jar's resources the kit reads: schemas, the XSD and the requirement registry. Only
 * resources, never the spec's classes, so that a bug in the spec's Java code cannot hide.
 */
public final class SpecResources {
  public static final String BASE = "org/mplp/spec/";
  public static final String JSON_SCHEMAS = BASE + "json/";
  public static final String XSD = BASE + "xml/mplp-1.xsd";
  public static final String EXAMPLES = BASE + "examples/";
  public static final String REGISTRY = BASE + "requirements.json";

  private SpecResources() {}

  /** The resource's URL; fails with a sentence that says what is missing and where from. */
  public static URL url(String path) {
    URL url = SpecResources.class.getClassLoader().getResource(path);
    if (url == null) {
      throw new MissingSpecResourceException(
          "The spec resource "
              + path
              + " is not on the classpath; build the spec module (mvn -pl spec package) first.");
    }
    return url;
  }

  public static byte[] read(String path) {
    try (InputStream in = url(path).openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the spec resource " + path, e);
    }
  }

  /**
   * The names of the files directly in a folder of the spec's resources ({@code folder} ends in a
   * slash), sorted: from the contract jar, or from a directory when the classpath has one.
   */
  public static List<String> list(String folder) {
    URL url = url(folder);
    try {
      if (url.getProtocol().equals("file")) {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          return files
              .filter(Files::isRegularFile)
              .map(f -> f.getFileName().toString())
              .sorted()
              .toList();
        }
      }
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        return jar.stream()
            .map(JarEntry::getName)
            .filter(n -> n.startsWith(folder) && n.length() > folder.length())
            .map(n -> n.substring(folder.length()))
            .filter(n -> !n.contains("/"))
            .sorted()
            .toList();
      }
    } catch (IOException | URISyntaxException | ClassCastException e) {
      throw new IllegalStateException("Could not list the spec resources in " + url, e);
    }
  }

  /** Thrown when the spec jar lacks a resource the kit needs: a configuration problem. */
  public static final class MissingSpecResourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingSpecResourceException(String message) {
      super(message);
    }
  }
}
