package org.mplp.bench.client;

import java.util.List;

/**
 * Client frames of the JSON binding, as text. Every value put here but the SCRAM proof is generated
 * by the bench (digits, addresses, base64) and needs no JSON escaping.
 */
public final class Frames {

  private static final String TERMINAL =
      "{\"type\":\"PC\",\"clientName\":\"mplp-bench\",\"clientVersion\":\"0.1.0\","
          + "\"label\":\"bench\"}";

  private Frames() {}

  public static String hello() {
    return "{\"type\":\"hello\",\"id\":\"h\",\"versions\":[\"1.0\"]}";
  }

  /** A password login when {@code device} is null, a device credential login otherwise. */
  public static String login(String account, String device, String clientFirst) {
    return "{\"type\":\"login\",\"id\":\"l\",\"account\":\""
        + account
        + "\""
        + (device == null ? "" : ",\"device\":\"" + device + "\"")
        + ",\"mechanism\":\"SCRAM-SHA-256\",\"clientFirst\":\""
        + clientFirst
        + "\",\"terminal\":"
        + TERMINAL
        + "}";
  }

  /** The proof carries the server's nonce, which may hold any printable character but a comma. */
  public static String loginProof(String clientFinal) {
    return "{\"type\":\"login-proof\",\"id\":\"p\",\"clientFinal\":\""
        + escape(clientFinal)
        + "\"}";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  public static String send(String id, String clientMessageId, String to, String body) {
    return "{\"type\":\"send\",\"id\":\""
        + id
        + "\",\"clientMessageId\":\""
        + clientMessageId
        + "\",\"to\":\""
        + to
        + "\",\"mediaType\":\"text/plain\",\"body\":\""
        + body
        + "\"}";
  }

  public static String messageAck(String id, List<String> messageIds) {
    return ack("message-ack", id, messageIds);
  }

  /** A receipt-ack: the sender has the receipts of these messages. */
  public static String receiptAck(String id, List<String> messageIds) {
    return ack("receipt-ack", id, messageIds);
  }

  private static String ack(String type, String id, List<String> messageIds) {
    StringBuilder text = new StringBuilder(64 + messageIds.size() * 24);
    text.append("{\"type\":\"")
        .append(type)
        .append("\",\"id\":\"")
        .append(id)
        .append("\",\"messageIds\":[");
    for (int i = 0; i < messageIds.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append('"').append(messageIds.get(i)).append('"');
    }
    return text.append("]}").toString();
  }

  public static String logout(boolean removeDevice) {
    return "{\"type\":\"logout\",\"id\":\"o\",\"removeDevice\":" + removeDevice + "}";
  }
}
