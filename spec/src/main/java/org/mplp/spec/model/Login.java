package org.mplp.spec.model;

/** Starts a SCRAM-SHA-256 login; {@code device} is null for a password login (spec: Login, S21). */
public record Login(
    String id,
    String account,
    String device,
    String mechanism,
    String clientFirst,
    Terminal terminal)
    implements ClientFrame {
  public static final String TYPE = "login";

  /** The one mechanism of version 1. */
  public static final String SCRAM_SHA_256 = "SCRAM-SHA-256";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitLogin(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
