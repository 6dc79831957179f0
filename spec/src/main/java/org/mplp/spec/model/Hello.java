package org.mplp.spec.model;

import java.util.List;

/** The client's first frame: the versions it speaks (spec: Opening exchange). */
public record Hello(String id, List<String> versions) implements ClientFrame {
  public static final String TYPE = "hello";

  public Hello {
    versions = List.copyOf(versions);
  }

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitHello(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
