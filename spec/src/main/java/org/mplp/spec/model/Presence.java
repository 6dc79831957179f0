package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a device has a logged-in session (spec: Devices). */
public enum Presence {
  ONLINE("online"),
  OFFLINE("offline");

  private final String wireName;

  Presence(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Presence forWireName(String wireName) {
    for (Presence value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no Presence " + wireName);
  }
}
