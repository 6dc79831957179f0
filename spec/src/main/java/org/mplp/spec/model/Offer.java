package org.mplp.spec.model;

import java.util.List;

/**
 * Files offered to another device of the account, or to several; null {@code permission} means ask,
 * null {@code expiresIn} the server's limit, null {@code otherRecipients} none (spec: Transfers,
 * S51, S61; Several recipients).
 */
public record Offer(
    String id,
    String to,
    Permission permission,
    Integer expiresIn,
    List<OfferedFile> files,
    List<String> otherRecipients)
    implements ClientFrame {
  public static final String TYPE = "offer";

  /** The {@code to} of an offer to every other device of the account. */
  public static final String ALL_DEVICES = "*";

  public Offer {
    files = List.copyOf(files);
    otherRecipients = otherRecipients == null ? null : List.copyOf(otherRecipients);
  }

  /** An offer to one device. */
  public Offer(
      String id, String to, Permission permission, Integer expiresIn, List<OfferedFile> files) {
    this(id, to, permission, expiresIn, files, null);
  }

  /** Whether the offer goes to several devices: to {@code *}, or with other recipients. */
  public boolean toSeveral() {
    return ALL_DEVICES.equals(to) || otherRecipients != null;
  }

  /** The permission the sender chose, {@code ask} when it chose none. */
  public Permission permissionOrDefault() {
    return permission == null ? Permission.ASK : permission;
  }

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitOffer(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
