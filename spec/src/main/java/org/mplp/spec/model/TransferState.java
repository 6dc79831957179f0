package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a transfer stands (spec: Transfers); offered and accepted are open, the others final. */
public enum TransferState {
  OFFERED("offered"),
  ACCEPTED("accepted"),
  REJECTED("rejected"),
  CANCELLED("cancelled"),
  EXPIRED("expired"),
  COMPLETED("completed"),
  FAILED("failed");

  private final String wireName;

  TransferState(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static TransferState forWireName(String wireName) {
    for (TransferState value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no TransferState " + wireName);
  }

  /** Whether the transfer can still change: offered or accepted. */
  public boolean open() {
    return this == OFFERED || this == ACCEPTED;
  }
}
