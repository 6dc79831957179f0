package org.mplp.server.web;

import java.util.Map;
import java.util.Optional;

/** The media types of the web client's files, by file extension; nothing else is served. */
final class MediaTypes {

  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "webmanifest", "application/manifest+json");

  private MediaTypes() {}

  static Optional<String> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1)));
  }
}
