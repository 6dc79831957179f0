package org.mplp.spec.model;

import java.util.List;

/**
 * Files offered to another device of the account; null {@code permission} means ask, null {@code
 * expiresIn} the server's limit (spec: Transfers, S51, S61).
 */
public record Offer(
    String id, String to, Permission permission, Integer expiresIn, List<OfferedFile> files)
    implements ClientFrame {
  public static final String TYPE = "offer";

  public Offer {
    files = List.copyOf(files);
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
