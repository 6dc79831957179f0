package org.mplp.spec.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.mplp.spec.binding.xml.generated.ObjectFactory;
import org.mplp.spec.model.Frame;

/**
 * Carries a frame between the model's records and the classes generated from the XSD, for every
 * frame type alike: both sides are read and written as the same JSON tree, Jackson reading the JAXB
 * annotations of the generated classes, and {@link XmlShape} renaming arrays by the rule.
 */
final class XmlFrameBridge {

  /** Sees the generated classes as JAXB does: fields, named by their XML names. */
  private static final ObjectMapper XML_CLASSES =
      JsonMapper.builder()
          .addModule(new JakartaXmlBindAnnotationModule())
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  /** The generated class of each frame element, found by its {@code @XmlRootElement}. */
  private static final Map<String, Class<?>> ROOTS = roots();

  private XmlFrameBridge() {}

  /** The generated object JAXB marshals for the frame. */
  static Object toXml(Frame frame) {
    ObjectNode tree = JsonFrameCodec.MAPPER.valueToTree(frame);
    tree.remove("type");
    XmlShape.of(frame.type()).toXmlNames(tree);
    try {
      return XML_CLASSES.treeToValue(tree, ROOTS.get(frame.type()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a " + frame.type() + " has no XML form", e);
    }
  }

  /** The frame a valid, unmarshalled XML element stands for. */
  static Frame fromXml(Object xml) {
    String type = xml.getClass().getAnnotation(XmlRootElement.class).name();
    ObjectNode tree = JsonFrameCodec.MAPPER.createObjectNode().put("type", type);
    tree.setAll((ObjectNode) XML_CLASSES.valueToTree(xml));
    XmlShape.of(type).toJsonNames(tree);
    try {
      return JsonFrameCodec.MAPPER.treeToValue(tree, Frame.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a valid " + type + " did not bind", e);
    }
  }

  private static Map<String, Class<?>> roots() {
    Map<String, Class<?>> roots = new HashMap<>();
    for (Method factory : ObjectFactory.class.getMethods()) {
      XmlRootElement root = factory.getReturnType().getAnnotation(XmlRootElement.class);
      if (root != null) {
        roots.put(root.name(), factory.getReturnType());
      }
    }
    return Map.copyOf(roots);
  }
}
