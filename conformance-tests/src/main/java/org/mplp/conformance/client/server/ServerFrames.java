package org.mplp.conformance.client.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The frames the kit's server sends, built as JSON trees (the binding's writer renders them), each
 * with the members its schema requires (spec: the field tables of each frame).
 */
final class ServerFrames {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ServerFrames() {}

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static ObjectNode frame(String type, String replyTo) {
    ObjectNode f = NODES.objectNode().put("type", type);
    if (replyTo != null) {
      f.put("replyTo", replyTo);
    }
    return f;
  }

  static ObjectNode error(String replyTo, String code, boolean fatal, String message) {
    return frame("error", replyTo).put("code", code).put("fatal", fatal).put("message", message);
  }

  static ObjectNode device(
      String address, String type, String label, boolean online, boolean primary) {
    return NODES
        .objectNode()
        .put("address", address)
        .put("type", type)
        .put("label", label)
        .put("presence", online ? "online" : "offline")
        .put("role", primary ? "primary" : "secondary")
        .put("loginTime", now())
        .put("clientName", "mplp-conformance-kit")
        .put("clientVersion", "1")
        .put("lastIp", "127.0.0.1");
  }

  static ArrayNode devices(List<OtherDevice> others) {
    ArrayNode list = NODES.arrayNode();
    boolean first = true;
    for (OtherDevice d : others) {
      list.add(device(d.address(), d.type(), d.label(), d.online(), first));
      first = false;
    }
    return list;
  }

  static ObjectNode message(Script.HeldMessage m, String to) {
    return frame("message", null)
        .put("messageId", m.messageId())
        .put("clientMessageId", "kit-" + m.messageId())
        .put("from", m.from())
        .put("to", to)
        .put("seq", m.seq())
        .put("sentAt", now())
        .put("mediaType", "text/plain")
        .put("body", m.body());
  }

  static ObjectNode transfer(KitTransfer t, String replyTo, boolean withTokens) {
    ObjectNode f =
        frame("transfer", replyTo)
            .put("transferId", t.id)
            .put("from", t.from)
            .put("to", t.to)
            .put("permission", t.permission)
            .put("state", t.state);
    if (t.reason != null) {
      f.put("reason", t.reason);
    }
    f.put("offeredAt", t.offeredAt.toString())
        .put("expiresAt", t.offeredAt.plus(1, ChronoUnit.DAYS).toString());
    ArrayNode files = f.putArray("files");
    for (KitFile file : t.files) {
      ObjectNode o = files.addObject().put("index", file.index).put("name", file.name);
      if (file.path != null) {
        o.put("path", file.path);
      }
      o.put("size", file.bytes.length)
          .put("sha256", file.sha256)
          .put("mediaType", "application/octet-stream")
          .put("state", file.state);
      if (file.failure != null) {
        o.put("failure", file.failure);
      }
      if (withTokens && file.token != null && file.state.equals("accepted")) {
        o.put("token", file.token);
      }
    }
    return f;
  }

  static ObjectNode settings(String address, String label, String receive, String transfers) {
    ObjectNode f =
        frame("settings", null)
            .put("address", address)
            .put("label", label)
            .put("role", "secondary")
            .put("receive", receive);
    f.putObject("policy").put("transfers", transfers).put("messages", "accept");
    return f;
  }
}
