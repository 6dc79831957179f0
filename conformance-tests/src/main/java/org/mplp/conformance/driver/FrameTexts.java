package org.mplp.conformance.driver;

import java.util.List;

/**
 * Builds the text of frames a client sends, right and deliberately wrong, in one binding. Broken
 * forms that exist in one binding only (a JSON array, a DOCTYPE) are methods of that binding's
 * class alone, {@link JsonFrameTexts} or {@link XmlFrameTexts}; scenarios that use them carry a
 * binding tag.
 */
public interface FrameTexts {
  String hello(String id, List<String> versions);

  String ping(String id);

  /** A ping padded with whitespace inside the frame to exactly {@code bytes} UTF-8 bytes. */
  default String paddedPing(String id, int bytes) {
    String ping = ping(id);
    int padding = bytes - Texts.utf8Length(ping);
    if (padding < 0) {
      throw new IllegalArgumentException("a ping needs at least " + (bytes - padding) + " bytes");
    }
    String close = pingClose();
    return ping.substring(0, ping.length() - close.length()) + " ".repeat(padding) + close;
  }

  /** How {@link #ping} ends, so padding can go just before it, where whitespace is allowed. */
  String pingClose();

  /** Starts a SCRAM-SHA-256 login; {@code device} is null for a password login. */
  String login(String id, String account, String device, String clientFirst, Terminal terminal);

  String loginProof(String id, String clientFinal);

  String listDevices(String id);

  String renameDevice(String id, String address, String label);

  String logout(String id, boolean removeDevice);

  /** A send (S41); {@code from} is null for a send that does not name its sender. */
  String send(String id, String clientMessageId, String from, String to, String body);

  /** A message-ack of the messages with these ids (S43). */
  String messageAck(String id, List<String> messageIds);

  /** A receipt-ack naming the messageIds of receipts. */
  String receiptAck(String id, List<String> messageIds);

  /** Text that is not well-formed in this binding. */
  String notWellFormed();

  /** A frame whose type no version of the protocol knows. */
  String unknownType(String id);

  /** A valid frame of a type only servers send (welcome, pong or error). */
  String serverOnly(String type, String replyTo);

  /** A hello whose second version breaks the version pattern. */
  String helloBreakingSchema(String id);

  /** Locations that identify the offending member of {@link #helloBreakingSchema}. */
  List<String> helloBreakingSchemaLocations();

  static FrameTexts forBinding(Binding binding) {
    return binding == Binding.JSON ? new JsonFrameTexts() : new XmlFrameTexts();
  }
}
