package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A device's authority over the account's other devices (spec: Devices, claim 5). */
public enum Role {
  PRIMARY("primary"),
  SECONDARY("secondary");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Role forWireName(String wireName) {
    for (Role value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no Role " + wireName);
  }
}
