package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the recipient reports about a file it downloaded (spec: Transfers, S54). */
public enum FileOutcome {
  RECEIVED("received"),
  HASH_MISMATCH("hash-mismatch"),
  FAILED("failed");

  private final String wireName;

  FileOutcome(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static FileOutcome forWireName(String wireName) {
    for (FileOutcome value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no FileOutcome " + wireName);
  }
}
