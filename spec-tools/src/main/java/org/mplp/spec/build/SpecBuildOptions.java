package org.mplp.spec.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The folders and files of one spec build, from {@code --name=value} arguments. */
record SpecBuildOptions(
    Path docs, Path schemas, Path features, Path generated, Path registry, Path html) {

  private static final List<String> NAMES =
      List.of("docs", "schemas", "features", "generated", "registry", "html");

  static SpecBuildOptions parse(String... args) {
    Map<String, Path> values = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown argument " + arg + "; expected --name=value with name in " + NAMES);
      }
      values.put(name, Path.of(arg.substring(equals + 1)).toAbsolutePath().normalize());
    }
    for (String name : NAMES) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("missing argument --" + name + "=...");
      }
    }
    return new SpecBuildOptions(
        values.get("docs"),
        values.get("schemas"),
        values.get("features"),
        values.get("generated"),
        values.get("registry"),
        values.get("html"));
  }

  Path index() {
    return docs.resolve("index.adoc");
  }
}
