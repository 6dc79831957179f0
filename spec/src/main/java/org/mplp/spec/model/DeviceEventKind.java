package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happened to a device (spec: Devices, S12). */
public enum DeviceEventKind {
  ADDED("added"),
  ONLINE("online"),
  OFFLINE("offline"),
  UPDATED("updated"),
  REMOVED("removed");

  private final String wireName;

  DeviceEventKind(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static DeviceEventKind forWireName(String wireName) {
    for (DeviceEventKind value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no DeviceEventKind " + wireName);
  }
}
