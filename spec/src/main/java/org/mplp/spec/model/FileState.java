package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where one file of a transfer stands (spec: Transfers). */
public enum FileState {
  OFFERED("offered"),
  ACCEPTED("accepted"),
  DECLINED("declined"),
  RECEIVED("received"),
  FAILED("failed");

  private final String wireName;

  FileState(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static FileState forWireName(String wireName) {
    for (FileState value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no FileState " + wireName);
  }
}
