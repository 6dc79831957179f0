package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A receive permission (spec: Receive permissions, S61); declared from most to least restrictive.
 */
public enum Permission {
  REJECT("reject"),
  ASK("ask"),
  DIRECT("direct");

  private final String wireName;

  Permission(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Permission forWireName(String wireName) {
    for (Permission value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no Permission " + wireName);
  }

  /** The more restrictive of this permission and another: the one that applies of the two. */
  public Permission mostRestrictive(Permission other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
