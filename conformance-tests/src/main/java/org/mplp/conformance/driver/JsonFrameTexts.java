package org.mplp.conformance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON texts of client frames, built as Jackson trees. */
public final class JsonFrameTexts implements FrameTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String hello(String id, List<String> versions) {
    ObjectNode hello = frame("hello").put("id", id);
    versions.forEach(hello.putArray("versions")::add);
    return write(hello);
  }

  @Override
  public String ping(String id) {
    return write(frame("ping").put("id", id));
  }

  @Override
  public String pingClose() {
    return "}";
  }

  @Override
  public String login(
      String id, String account, String device, String clientFirst, Terminal terminal) {
    ObjectNode login = frame("login").put("id", id).put("account", account);
    if (device != null) {
      login.put("device", device);
    }
    login.put("mechanism", "SCRAM-SHA-256").put("clientFirst", clientFirst);
    ObjectNode t =
        login
            .putObject("terminal")
            .put("type", terminal.type())
            .put("clientName", terminal.clientName())
            .put("clientVersion", terminal.clientVersion())
            .put("label", terminal.label());
    if (terminal.claimedIp() != null) {
      t.put("ip", terminal.claimedIp());
    }
    if (terminal.claimedLoginTime() != null) {
      t.put("loginTime", terminal.claimedLoginTime());
    }
    return write(login);
  }

  @Override
  public String loginProof(String id, String clientFinal) {
    return write(frame("login-proof").put("id", id).put("clientFinal", clientFinal));
  }

  @Override
  public String listDevices(String id) {
    return write(frame("list-devices").put("id", id));
  }

  @Override
  public String renameDevice(String id, String address, String label) {
    return write(frame("rename-device").put("id", id).put("address", address).put("label", label));
  }

  @Override
  public String logout(String id, boolean removeDevice) {
    return write(frame("logout").put("id", id).put("removeDevice", removeDevice));
  }

  @Override
  public String send(String id, String clientMessageId, String from, String to, String body) {
    ObjectNode send = frame("send").put("id", id).put("clientMessageId", clientMessageId);
    send.put("to", to);
    if (from != null) {
      send.put("from", from);
    }
    return write(send.put("mediaType", "text/plain").put("body", body));
  }

  @Override
  public String messageAck(String id, List<String> messageIds) {
    ObjectNode ack = frame("message-ack").put("id", id);
    messageIds.forEach(ack.putArray("messageIds")::add);
    return write(ack);
  }

  @Override
  public String receiptAck(String id, List<String> messageIds) {
    ObjectNode ack = frame("receipt-ack").put("id", id);
    messageIds.forEach(ack.putArray("messageIds")::add);
    return write(ack);
  }

  @Override
  public String notWellFormed() {
    return "{\"type\":\"ping\",\"id\":";
  }

  @Override
  public String unknownType(String id) {
    return write(frame("teleport").put("id", id));
  }

  @Override
  public String serverOnly(String type, String replyTo) {
    ObjectNode frame = frame(type).put("replyTo", replyTo);
    switch (type) {
      case "pong" -> {}
      case "welcome" -> {
        frame.put("version", "1.0");
        frame.putObject("server").put("name", "a-client").put("version", "1");
        frame.putArray("profiles");
        frame
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
            .put("spoolQuotaBytes", 34359738368L);
      }
      case "error" ->
          frame.put("code", "internal-error").put("fatal", false).put("message", "from a client");
      default -> throw new IllegalArgumentException("not a server frame: " + type);
    }
    return write(frame);
  }

  @Override
  public String helloBreakingSchema(String id) {
    return hello(id, List.of("1.0", "one"));
  }

  @Override
  public List<String> helloBreakingSchemaLocations() {
    return List.of("/versions/1", "/versions");
  }

  public String jsonArray(String id) {
    return "[" + ping(id) + "]";
  }

  public String objectWithoutType(String id) {
    return write(JSON.createObjectNode().put("id", id));
  }

  public String typeNotString(String id) {
    return write(JSON.createObjectNode().put("type", 7).put("id", id));
  }

  private static ObjectNode frame(String type) {
    return JSON.createObjectNode().put("type", type);
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
