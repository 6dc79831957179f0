package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Deliberately broken frames, kept apart from the valid ones of {@link Frames}: mostly raw text
 * that no writer would produce, each in the binding it is broken in. A form that exists in one
 * binding only says so in its name; scenarios that send it carry that binding's tag.
 */
public final class BrokenFrames {
  private static final String XML_NAMESPACE = " xmlns=\"" + XmlFrameWriter.NAMESPACE + "\"";
  private static final JsonFrameWriter JSON = new JsonFrameWriter();

  private BrokenFrames() {}

  /** Text that is not well-formed in the binding: a ping cut off. */
  public static String notWellFormed(Binding binding) {
    return binding == Binding.JSON
        ? "{\"type\":\"ping\",\"id\":"
        : "<ping" + XML_NAMESPACE + " id=\"x1\">";
  }

  /** A frame whose type no version of the protocol knows; well-formed in either binding. */
  public static ObjectNode unknownType(String id) {
    return Frames.frame("teleport", id);
  }

  /** A hello whose second version breaks the version pattern; well-formed in either binding. */
  public static ObjectNode helloBreakingSchema(String id) {
    return Frames.hello(id, List.of("1.0", "one"));
  }

  /** The locations that identify the offending member of {@link #helloBreakingSchema}. */
  public static List<String> helloBreakingSchemaLocations(Binding binding) {
    return binding == Binding.JSON
        ? List.of("/versions/1", "/versions")
        : List.of("/hello/version[2]");
  }

  /**
   * A set-receive whose receive is a number that overflows every machine number; in XML, where the
   * same text is only a string, it breaks the enumeration all the same.
   */
  public static String setReceiveOverflowing(Binding binding, String id) {
    return binding == Binding.JSON
        ? "{\"type\":\"set-receive\",\"id\":\"" + id + "\",\"receive\":1e99999}"
        : "<set-receive xmlns=\"urn:mplp:1\" id=\""
            + id
            + "\"><receive>1e99999</receive></set-receive>";
  }

  /** An accept-offer whose file index has 31 digits, beyond every 64-bit integer. */
  public static String acceptOfferOverflowing(Binding binding, String id) {
    String index = "1" + "0".repeat(30);
    return binding == Binding.JSON
        ? "{\"type\":\"accept-offer\",\"id\":\""
            + id
            + "\",\"transferId\":\"t-none\",\"files\":["
            + index
            + "]}"
        : "<accept-offer xmlns=\"urn:mplp:1\" id=\""
            + id
            + "\"><transferId>t-none</transferId><file>"
            + index
            + "</file></accept-offer>";
  }

  /** Where the offending member of each overflowing frame is, by binding. */
  public static List<String> overflowingLocations(String type, Binding binding) {
    return switch (type) {
      case "set-receive" ->
          List.of(binding == Binding.JSON ? "/receive" : "/set-receive/receive[1]");
      case "accept-offer" ->
          binding == Binding.JSON
              ? List.of("/files/0", "/files")
              : List.of("/accept-offer/file[1]");
      default -> throw new IllegalArgumentException("no overflowing " + type);
    };
  }

  /** A pong, as a client would wrongly send it: a frame of a type only servers send. */
  public static ObjectNode pong(String replyTo) {
    return JsonNodeFactory.instance.objectNode().put("type", "pong").put("replyTo", replyTo);
  }

  /** An error frame, as a client would wrongly send it. */
  public static ObjectNode error(String replyTo) {
    ObjectNode error =
        JsonNodeFactory.instance.objectNode().put("type", "error").put("replyTo", replyTo);
    return error.put("code", "internal-error").put("fatal", false).put("message", "from a client");
  }

  /** A welcome, as a client would wrongly send it, with limits a server might advertise. */
  public static ObjectNode welcome(String replyTo) {
    ObjectNode welcome =
        JsonNodeFactory.instance.objectNode().put("type", "welcome").put("replyTo", replyTo);
    welcome.put("version", "1.0").putObject("server").put("name", "a-client").put("version", "1");
    welcome.putArray("profiles");
    welcome
        .putObject("limits")
        .put("maxFrameBytes", 65536)
        .put("maxFramesPerSecond", 100)
        .put("helloTimeoutSeconds", 5)
        .put("maxDevicesPerAccount", 16)
        .put("maxFramesBeforeLogin", 16)
        .put("maxLoginFailures", 5)
        .put("lockoutSeconds", 60)
        .put("maxMessageBytes", 16384)
        .put("maxPendingMessages", 10000)
        .put("maxFileBytes", 8589934592L)
        .put("maxFilesPerOffer", 1000)
        .put("maxOpenTransfers", 16)
        .put("offerLifetimeSeconds", 600)
        .put("transferLifetimeSeconds", 86400)
        .put("spoolQuotaBytes", 34359738368L)
        .put("loginTimeoutSeconds", 20)
        .put("maxLoginFailuresPerAddress", 100)
        .put("maxConnectionsPerAddress", 256)
        .put("requestHeadSeconds", 10)
        .put("requestBodyIdleSeconds", 15)
        .put("transferRetentionSeconds", 604800)
        .put("maxTransferBytes", 17179869184L);
    return welcome;
  }

  public static String jsonArray(String id) {
    return "[" + JSON.write(Frames.ping(id)) + "]";
  }

  public static String jsonObjectWithoutType(String id) {
    return JSON.write(JsonNodeFactory.instance.objectNode().put("id", id));
  }

  public static String jsonTypeNotString(String id) {
    return JSON.write(JsonNodeFactory.instance.objectNode().put("type", 7).put("id", id));
  }

  public static String xmlPingWithInternalDoctype(String id) {
    return "<!DOCTYPE ping [<!ENTITY who \"kit\">]>" + xmlPing(id);
  }

  public static String xmlPingWithExternalDtd(String id) {
    return "<!DOCTYPE ping SYSTEM \"http://127.0.0.1:9/mplp.dtd\">" + xmlPing(id);
  }

  private static String xmlPing(String id) {
    return new XmlFrameWriter().write(Frames.ping(id));
  }
}
