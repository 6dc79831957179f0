package org.mplp.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The spec's example frames, the same texts its codec tests use. */
final class ExampleFrames {

  private ExampleFrames() {}

  static String read(String name) {
    String path = "org/mplp/spec/examples/" + name;
    try (InputStream in = ExampleFrames.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no example " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
