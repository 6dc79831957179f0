package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The XML binding derived from the JSON form, run by Maven before the spec compiles: the XSD from
 * the frame schemas, and each JSON example of a frame in XML beside it (spec: Bindings).
 */
public final class XmlBindingBuild {

  private static final String EXAMPLE_SUFFIX = ".json";

  private XmlBindingBuild() {}

  /** {@code --schemas=DIR --examples=DIR --xsd=FILE --xml-examples=DIR}. */
  public static void main(String[] args) throws IOException {
    Map<String, Path> options = options(args);
    int[] counts =
        run(
            options.get("schemas"),
            options.get("examples"),
            options.get("xsd"),
            options.get("xml-examples"));
    System.out.printf("xml binding: %d frame types, %d XML examples%n", counts[0], counts[1]);
  }

  /** Writes the XSD and the XML examples; returns the number of frame types and of examples. */
  static int[] run(Path jsonDir, Path examplesDir, Path xsdFile, Path xmlExamplesDir)
      throws IOException {
    SchemaResolver resolver = new SchemaResolver();
    List<SchemaFiles.Frame> frames = SchemaFiles.frames(resolver, jsonDir);
    List<BuildFault> faults = new ArrayList<>();
    try {
      String xsd = new XsdWriter(resolver, jsonDir.resolve(FieldTableWriter.SHARED)).write(frames);
      writeIfChanged(xsdFile, xsd);
    } catch (IllegalArgumentException e) {
      faults.add(BuildFault.general("XSD: " + e.getMessage()));
    }
    Map<String, SchemaFiles.Frame> byType = new HashMap<>();
    frames.forEach(frame -> byType.put(frame.type(), frame));
    XmlExampleWriter writer = new XmlExampleWriter(resolver);
    ObjectMapper mapper = new ObjectMapper();
    Set<Path> written = new HashSet<>();
    for (Path example : jsonExamples(examplesDir)) {
      String name = example.getFileName().toString();
      // login.device-credential.json is an example of login
      SchemaFiles.Frame frame = byType.get(name.substring(0, name.indexOf('.')));
      if (frame == null) {
        continue; // a document of the HTTP side, JSON only
      }
      try {
        JsonNode json = mapper.readTree(Files.readString(example));
        Path xml = xmlExamplesDir.resolve(name.replace(EXAMPLE_SUFFIX, ".xml"));
        writeIfChanged(xml, writer.write(json, frame));
        written.add(xml);
      } catch (IllegalArgumentException | IOException e) {
        faults.add(BuildFault.at(example.toString(), 0, e.getMessage()));
      }
    }
    if (!faults.isEmpty()) {
      throw new SpecBuildException(faults);
    }
    removeStale(xmlExamplesDir, written);
    return new int[] {frames.size(), written.size()};
  }

  private static List<Path> jsonExamples(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(EXAMPLE_SUFFIX))
          .sorted()
          .toList();
    }
  }

  /** An XML example whose JSON example is gone must not ship. */
  private static void removeStale(Path dir, Set<Path> written) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
        if (!written.contains(file)) {
          Files.delete(file);
        }
      }
    }
  }

  /** An unchanged file keeps its time, so the XML classes are not generated again for nothing. */
  private static void writeIfChanged(Path file, String content) throws IOException {
    if (Files.isRegularFile(file) && Files.readString(file).equals(content)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static Map<String, Path> options(String... args) {
    List<String> names = List.of("schemas", "examples", "xsd", "xml-examples");
    Map<String, Path> values = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
      if (!names.contains(name)) {
        throw new IllegalArgumentException(
            "unknown argument " + arg + "; expected --name=value with name in " + names);
      }
      values.put(name, Path.of(arg.substring(equals + 1)).toAbsolutePath().normalize());
    }
    for (String name : names) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("missing argument --" + name + "=...");
      }
    }
    return values;
  }
}
