package org.mplp.spec.binding;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mplp.spec.model.Frame;

/**
 * The frame types of version 1, the shape of a frame id and how deep a frame may nest, shared by
 * both bindings.
 */
final class FrameTypes {

  /** Each type name's record, read from the model's sealed hierarchy: a type is declared once. */
  static final Map<String, Class<? extends Frame>> CLASSES = records();

  static final Set<String> NAMES = CLASSES.keySet();

  /** Same pattern as common.schema.json's frameId: only such an id may be echoed in replyTo. */
  /**
   * How deep a frame may nest, the frame itself counted: JSON objects and arrays, XML elements
   * (CHOICE-ERROR-06). No frame of version 1 nests deeper than 3; later ones have room to grow.
   */
  static final int MAX_DEPTH = 32;

  private static final Pattern FRAME_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private FrameTypes() {}

  static String validIdOrNull(String id) {
    return id != null && FRAME_ID.matcher(id).matches() ? id : null;
  }

  /** The records under the type names Jackson reads and writes in the {@code type} member. */
  static NamedType[] namedTypes() {
    return CLASSES.entrySet().stream()
        .map(entry -> new NamedType(entry.getValue(), entry.getKey()))
        .toArray(NamedType[]::new);
  }

  private static Map<String, Class<? extends Frame>> records() {
    Map<String, Class<? extends Frame>> records = new HashMap<>();
    collect(Frame.class, records);
    return Map.copyOf(records);
  }

  /** Walks the sealed interfaces down to their records. */
  private static void collect(Class<?> type, Map<String, Class<? extends Frame>> into) {
    if (type.isRecord()) {
      Class<? extends Frame> previous = into.put(typeName(type), type.asSubclass(Frame.class));
      if (previous != null) {
        throw new IllegalStateException(type + " and " + previous + " share a type name");
      }
    } else {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        collect(permitted, into);
      }
    }
  }

  private static String typeName(Class<?> record) {
    try {
      return (String) record.getField("TYPE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(record.getSimpleName() + " has no public TYPE constant", e);
    }
  }
}
