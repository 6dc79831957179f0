package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Writes a frame's XML form from its JSON form, by the rule of {@link XmlBindingRule}. */
final class XmlExampleWriter {

  private final SchemaResolver resolver;

  XmlExampleWriter(SchemaResolver resolver) {
    this.resolver = resolver;
  }

  /** The frame in XML, indented two spaces a level, as the spec shows it. */
  String write(JsonNode frame, SchemaFiles.Frame type) {
    String where = type.file().getFileName().toString();
    JsonNode schema = resolver.read(type.file());
    if (!frame.isObject() || !type.type().equals(frame.path(XmlBindingRule.TYPE_MEMBER).asText())) {
      throw new IllegalArgumentException("not a " + type.type() + " frame");
    }
    checkKnown(where, frame, schema);
    StringBuilder start = new StringBuilder(type.type());
    start.append(" xmlns=\"").append(XmlBindingRule.NAMESPACE).append('"');
    for (SchemaFiles.Member member : SchemaFiles.members(schema)) {
      if (XmlBindingRule.ATTRIBUTES.contains(member.name()) && frame.has(member.name())) {
        start
            .append(' ')
            .append(member.name())
            .append("=\"")
            .append(XmlText.escape(frame.get(member.name()).asText()))
            .append('"');
      }
    }
    XmlText xml = new XmlText();
    List<SchemaFiles.Member> children =
        SchemaFiles.members(schema).stream()
            .filter(m -> !m.name().equals(XmlBindingRule.TYPE_MEMBER))
            .filter(m -> !XmlBindingRule.ATTRIBUTES.contains(m.name()))
            .filter(m -> frame.has(m.name()))
            .toList();
    if (children.isEmpty()) {
      xml.empty(start.toString());
    } else {
      xml.open(start.toString());
      members(xml, where, frame, children, type.file());
      xml.close(type.type());
    }
    return xml.text();
  }

  private void members(
      XmlText xml, String where, JsonNode object, List<SchemaFiles.Member> members, Path file) {
    for (SchemaFiles.Member member : members) {
      String memberWhere = where + "/" + member.name();
      JsonNode value = object.get(member.name());
      SchemaResolver.Located located = resolver.resolve(member.node(), file);
      if (value.isArray()) {
        String item = XmlBindingRule.singular(memberWhere, member.name());
        JsonNode items = located.node().path("items");
        for (JsonNode each : value) {
          value(xml, memberWhere, item, each, resolver.resolve(items, located.file()));
        }
      } else {
        value(xml, memberWhere, member.name(), value, located);
      }
    }
  }

  private void value(
      XmlText xml, String where, String name, JsonNode value, SchemaResolver.Located schema) {
    if (value.isObject()) {
      checkKnown(where, value, schema.node());
      List<SchemaFiles.Member> present =
          SchemaFiles.members(schema.node()).stream().filter(m -> value.has(m.name())).toList();
      if (present.isEmpty()) {
        xml.empty(name);
        return;
      }
      xml.open(name);
      members(xml, where, value, present, schema.file());
      xml.close(name);
    } else if (value.isValueNode() && !value.isNull()) {
      xml.textElement(name, value.asText());
    } else {
      throw new IllegalArgumentException(where + ": " + value + " has no XML form");
    }
  }

  /** A member the schema does not list would be lost silently: the example is wrong. */
  private static void checkKnown(String where, JsonNode object, JsonNode schema) {
    Set<String> listed = new java.util.HashSet<>();
    schema.path("properties").fieldNames().forEachRemaining(listed::add);
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!listed.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(where + ": members not in the schema: " + unknown);
    }
  }
}
