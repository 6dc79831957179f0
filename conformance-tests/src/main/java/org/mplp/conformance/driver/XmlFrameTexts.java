package org.mplp.conformance.driver;

import java.util.List;

/**
 * XML texts of client frames. Written as strings on purpose: the kit must be able to send exactly
 * the bytes a scenario describes, including the ones no serializer would produce.
 */
public final class XmlFrameTexts implements FrameTexts {
  private static final String NS = " xmlns=\"urn:mplp:1\"";

  @Override
  public String hello(String id, List<String> versions) {
    StringBuilder s = new StringBuilder("<hello").append(NS).append(idAttribute("id", id));
    s.append('>');
    versions.forEach(v -> s.append("<version>").append(escape(v)).append("</version>"));
    return s.append("</hello>").toString();
  }

  @Override
  public String ping(String id) {
    return "<ping" + NS + idAttribute("id", id) + "/>";
  }

  @Override
  public String pingClose() {
    return "/>";
  }

  @Override
  public String login(
      String id, String account, String device, String clientFirst, Terminal terminal) {
    StringBuilder s = new StringBuilder("<login").append(NS).append(idAttribute("id", id));
    s.append('>').append(element("account", account));
    if (device != null) {
      s.append(element("device", device));
    }
    s.append(element("mechanism", "SCRAM-SHA-256")).append(element("clientFirst", clientFirst));
    s.append("<terminal>")
        .append(element("type", terminal.type()))
        .append(element("clientName", terminal.clientName()))
        .append(element("clientVersion", terminal.clientVersion()))
        .append(element("label", terminal.label()));
    if (terminal.claimedIp() != null) {
      s.append(element("ip", terminal.claimedIp()));
    }
    if (terminal.claimedLoginTime() != null) {
      s.append(element("loginTime", terminal.claimedLoginTime()));
    }
    return s.append("</terminal></login>").toString();
  }

  @Override
  public String loginProof(String id, String clientFinal) {
    return "<login-proof"
        + NS
        + idAttribute("id", id)
        + ">"
        + element("clientFinal", clientFinal)
        + "</login-proof>";
  }

  @Override
  public String listDevices(String id) {
    return "<list-devices" + NS + idAttribute("id", id) + "/>";
  }

  @Override
  public String renameDevice(String id, String address, String label) {
    return "<rename-device"
        + NS
        + idAttribute("id", id)
        + ">"
        + element("address", address)
        + element("label", label)
        + "</rename-device>";
  }

  @Override
  public String logout(String id, boolean removeDevice) {
    return "<logout"
        + NS
        + idAttribute("id", id)
        + ">"
        + element("removeDevice", String.valueOf(removeDevice))
        + "</logout>";
  }

  @Override
  public String send(String id, String clientMessageId, String from, String to, String body) {
    return "<send"
        + NS
        + idAttribute("id", id)
        + ">"
        + element("clientMessageId", clientMessageId)
        + element("to", to)
        + (from == null ? "" : element("from", from))
        + element("mediaType", "text/plain")
        + element("body", body)
        + "</send>";
  }

  @Override
  public String messageAck(String id, List<String> messageIds) {
    StringBuilder s = new StringBuilder("<message-ack").append(NS).append(idAttribute("id", id));
    s.append('>');
    messageIds.forEach(m -> s.append(element("messageId", m)));
    return s.append("</message-ack>").toString();
  }

  @Override
  public String receiptAck(String id, List<String> messageIds) {
    StringBuilder s = new StringBuilder("<receipt-ack").append(NS).append(idAttribute("id", id));
    s.append('>');
    messageIds.forEach(m -> s.append(element("messageId", m)));
    return s.append("</receipt-ack>").toString();
  }

  @Override
  public String notWellFormed() {
    return "<ping" + NS + " id=\"x1\">";
  }

  @Override
  public String unknownType(String id) {
    return "<teleport" + NS + idAttribute("id", id) + "/>";
  }

  @Override
  public String serverOnly(String type, String replyTo) {
    String open = "<" + type + NS + idAttribute("replyTo", replyTo);
    return switch (type) {
      case "pong" -> open + "/>";
      case "welcome" ->
          open
              + "><version>1.0</version><server><name>a-client</name><version>1</version></server>"
              + "<limits><maxFrameBytes>65536</maxFrameBytes>"
              + "<maxFramesPerSecond>100</maxFramesPerSecond>"
              + "<helloTimeoutSeconds>5</helloTimeoutSeconds>"
              + "<maxDevicesPerAccount>16</maxDevicesPerAccount>"
              + "<maxFramesBeforeLogin>16</maxFramesBeforeLogin>"
              + "<maxLoginFailures>5</maxLoginFailures>"
              + "<lockoutSeconds>60</lockoutSeconds>"
              + "<maxMessageBytes>16384</maxMessageBytes>"
              + "<maxPendingMessages>10000</maxPendingMessages>"
              + "<maxFileBytes>8589934592</maxFileBytes>"
              + "<maxFilesPerOffer>1000</maxFilesPerOffer>"
              + "<maxOpenTransfers>16</maxOpenTransfers>"
              + "<offerLifetimeSeconds>600</offerLifetimeSeconds>"
              + "<transferLifetimeSeconds>86400</transferLifetimeSeconds>"
              + "<spoolQuotaBytes>34359738368</spoolQuotaBytes></limits></welcome>";
      case "error" ->
          open
              + "><code>internal-error</code><fatal>false</fatal>"
              + "<message>from a client</message></error>";
      default -> throw new IllegalArgumentException("not a server frame: " + type);
    };
  }

  @Override
  public String helloBreakingSchema(String id) {
    return hello(id, List.of("1.0", "one"));
  }

  @Override
  public List<String> helloBreakingSchemaLocations() {
    return List.of("/hello/version[2]");
  }

  public String pingWithInternalDoctype(String id) {
    return "<!DOCTYPE ping [<!ENTITY who \"kit\">]>" + ping(id);
  }

  public String pingWithExternalDtd(String id) {
    return "<!DOCTYPE ping SYSTEM \"http://127.0.0.1:9/mplp.dtd\">" + ping(id);
  }

  private static String idAttribute(String name, String value) {
    return " " + name + "=\"" + escape(value) + "\"";
  }

  private static String element(String name, String text) {
    return "<" + name + ">" + escape(text) + "</" + name + ">";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
