package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a transfer ended in a final state other than completed (spec: Transfers). */
public enum TransferReason {
  DECLINED("declined"),
  PERMISSION("permission"),
  SIZE_CAP("size-cap"),
  CANCELLED("cancelled"),
  EXPIRED("expired"),
  DEVICE_REMOVED("device-removed"),
  FAILED("failed");

  private final String wireName;

  TransferReason(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static TransferReason forWireName(String wireName) {
    for (TransferReason value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no TransferReason " + wireName);
  }
}
