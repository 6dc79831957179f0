package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The valid frames a client sends, built once as JSON trees: the abstract message of the spec's
 * Bindings section, which a {@link FrameWriter} renders in either binding. A member given as null
 * is left out, so optional members are absent, never null. Deliberately broken frames are not built
 * here but in {@link BrokenFrames}.
 */
public final class Frames {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Frames() {}

  /** A frame of that type with that id; a frame with no other members is complete with this. */
  public static ObjectNode frame(String type, String id) {
    return NODES.objectNode().put("type", type).put("id", id);
  }

  public static ObjectNode hello(String id, List<String> versions) {
    ObjectNode hello = frame("hello", id);
    versions.forEach(hello.putArray("versions")::add);
    return hello;
  }

  public static ObjectNode ping(String id) {
    return frame("ping", id);
  }

  /** Starts a SCRAM-SHA-256 login (spec: Login); {@code device} is null for a password login. */
  public static ObjectNode login(
      String id, String account, String device, String clientFirst, Terminal terminal) {
    ObjectNode login = frame("login", id).put("account", account).put("device", device);
    login.put("mechanism", "SCRAM-SHA-256").put("clientFirst", clientFirst);
    login
        .putObject("terminal")
        .put("type", terminal.type())
        .put("clientName", terminal.clientName())
        .put("clientVersion", terminal.clientVersion())
        .put("label", terminal.label())
        .put("ip", terminal.claimedIp())
        .put("loginTime", terminal.claimedLoginTime());
    return present(login);
  }

  public static ObjectNode loginProof(String id, String clientFinal) {
    return frame("login-proof", id).put("clientFinal", clientFinal);
  }

  public static ObjectNode listDevices(String id) {
    return frame("list-devices", id);
  }

  public static ObjectNode renameDevice(String id, String address, String label) {
    return frame("rename-device", id).put("address", address).put("label", label);
  }

  public static ObjectNode logout(String id, boolean removeDevice) {
    return frame("logout", id).put("removeDevice", removeDevice);
  }

  /** A send of a text message (S41); {@code from} is null for a send that does not name it. */
  public static ObjectNode send(
      String id, String clientMessageId, String from, String to, String body) {
    ObjectNode send = frame("send", id).put("clientMessageId", clientMessageId).put("to", to);
    return present(send.put("from", from).put("mediaType", "text/plain").put("body", body));
  }

  /** A message-ack of the messages with these ids (S43). */
  public static ObjectNode messageAck(String id, List<String> messageIds) {
    ObjectNode ack = frame("message-ack", id);
    messageIds.forEach(ack.putArray("messageIds")::add);
    return ack;
  }

  /** A receipt-ack of the delivered and undeliverable receipts of these messageIds. */
  public static ObjectNode receiptAck(String id, List<String> messageIds) {
    ObjectNode ack = frame("receipt-ack", id);
    messageIds.forEach(ack.putArray("messageIds")::add);
    return ack;
  }

  /** An offer (S51); {@code permission} and {@code expiresIn} are left out when null. */
  public static ObjectNode offer(
      String id, String to, String permission, Integer expiresIn, List<OfferFile> files) {
    ObjectNode offer = frame("offer", id).put("to", to).put("permission", permission);
    offer.put("expiresIn", expiresIn);
    for (OfferFile f : files) {
      offer
          .withArray("files")
          .addObject()
          .put("name", f.name())
          .put("path", f.path())
          .put("size", f.size())
          .put("sha256", f.sha256())
          .put("mediaType", f.mediaType());
    }
    return present(offer);
  }

  /** An accept-offer of the files with these indexes, or of all when {@code files} is null. */
  public static ObjectNode acceptOffer(String id, String transferId, List<Integer> files) {
    ObjectNode accept = frame("accept-offer", id).put("transferId", transferId);
    if (files != null) {
      files.forEach(accept.putArray("files")::add);
    }
    return accept;
  }

  public static ObjectNode rejectOffer(String id, String transferId, String note) {
    return present(frame("reject-offer", id).put("transferId", transferId).put("note", note));
  }

  public static ObjectNode cancelTransfer(String id, String transferId, String note) {
    return present(frame("cancel-transfer", id).put("transferId", transferId).put("note", note));
  }

  public static ObjectNode fileResult(String id, String transferId, int index, String result) {
    ObjectNode frame = frame("file-result", id).put("transferId", transferId);
    return frame.put("index", index).put("result", result);
  }

  public static ObjectNode getSettings(String id) {
    return frame("get-settings", id);
  }

  public static ObjectNode setReceive(String id, String receive) {
    return frame("set-receive", id).put("receive", receive);
  }

  /** A set-policy (claim 5); {@code maxFileBytes} null for a policy without a cap of its own. */
  public static ObjectNode setPolicy(
      String id, String device, String transfers, String messages, Long maxFileBytes) {
    ObjectNode setPolicy = frame("set-policy", id).put("device", device);
    setPolicy
        .putObject("policy")
        .put("transfers", transfers)
        .put("messages", messages)
        .put("maxFileBytes", maxFileBytes);
    return present(setPolicy);
  }

  public static ObjectNode revokeDevice(String id, String device) {
    return frame("revoke-device", id).put("device", device);
  }

  public static ObjectNode makePrimary(String id, String device) {
    return frame("make-primary", id).put("device", device);
  }

  /** The tree without its null members, at every depth. */
  private static <T extends JsonNode> T present(T node) {
    if (node instanceof ObjectNode object) {
      object.properties().removeIf(m -> m.getValue().isNull());
    }
    node.forEach(Frames::present);
    return node;
  }
}
