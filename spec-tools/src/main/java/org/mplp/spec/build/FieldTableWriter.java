package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes one AsciiDoc table of members per frame schema, so the prose never retypes a schema.
 * Nested objects are flattened ({@code server.name}, {@code bindings[].name}).
 */
final class FieldTableWriter {

  static final String SUFFIX = ".schema.json";
  static final String SHARED = "common" + SUFFIX;

  private record Member(
      String name, String type, boolean required, String constraints, String description) {}

  private final SchemaResolver resolver = new SchemaResolver();
  private final SchemaConstraints constraints = new SchemaConstraints(resolver);

  /** Writes {@code out/<type>.adoc} for every schema in the folder but the shared one. */
  static List<BuildFault> writeAll(Path jsonDir, Path out) throws IOException {
    List<BuildFault> faults = new ArrayList<>();
    if (!Files.isDirectory(jsonDir)) {
      return List.of(BuildFault.general("no JSON Schema folder at " + jsonDir));
    }
    Files.createDirectories(out);
    FieldTableWriter writer = new FieldTableWriter();
    List<Path> schemas;
    try (Stream<Path> files = Files.list(jsonDir)) {
      schemas =
          files
              .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
              .filter(f -> !f.getFileName().toString().equals(SHARED))
              .sorted()
              .toList();
    }
    for (Path schema : schemas) {
      String type = schema.getFileName().toString().replace(SUFFIX, "");
      try {
        Files.writeString(out.resolve(type + ".adoc"), writer.table(schema));
      } catch (RuntimeException e) {
        faults.add(BuildFault.at(schema.toString(), 0, "cannot tabulate: " + e.getMessage()));
      }
    }
    return faults;
  }

  /** The AsciiDoc table of the schema's members. */
  String table(Path schemaFile) {
    List<Member> members = new ArrayList<>();
    collect(resolver.read(schemaFile), schemaFile, "", members);
    StringBuilder adoc = new StringBuilder();
    adoc.append("// Generated from ")
        .append(schemaFile.getFileName())
        .append(" by the spec build; do not edit.\n");
    adoc.append("[cols=\"3m,2,1,4,6\",options=\"header\"]\n|===\n");
    adoc.append("|Member |Type |Required |Constraints |Description\n");
    for (Member member : members) {
      adoc.append('\n')
          .append('|')
          .append(member.name())
          .append('\n')
          .append('|')
          .append(member.type())
          .append('\n')
          .append('|')
          .append(member.required() ? "yes" : "no")
          .append('\n')
          .append('|')
          .append(cell(member.constraints()))
          .append('\n')
          .append('|')
          .append(cell(member.description()))
          .append('\n');
    }
    adoc.append("|===\n");
    return adoc.toString();
  }

  private void collect(JsonNode object, Path file, String prefix, List<Member> members) {
    Set<String> required = new HashSet<>();
    object.path("required").forEach(name -> required.add(name.asText()));
    object
        .path("properties")
        .fields()
        .forEachRemaining(
            property -> {
              String name = prefix + property.getKey();
              JsonNode written = property.getValue();
              SchemaResolver.Located member = resolver.resolve(written, file);
              JsonNode node = member.node();
              String description =
                  written.has("description")
                      ? written.get("description").asText()
                      : node.path("description").asText("");
              members.add(
                  new Member(
                      name,
                      constraints.type(node, member.file()),
                      required.contains(property.getKey()),
                      constraints.of(node, member.file()),
                      description));
              if (node.has("properties")) {
                collect(node, member.file(), name + ".", members);
              } else if (node.has("items")) {
                SchemaResolver.Located items = resolver.resolve(node.get("items"), member.file());
                if (items.node().has("properties")) {
                  collect(items.node(), items.file(), name + "[].", members);
                }
              }
            });
  }

  /** Escapes the cell separator; everything else in a cell is AsciiDoc on purpose. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
