package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a device takes messages, as its policy says (spec: The primary device, claim 5). */
public enum MessageHandling {
  ACCEPT("accept"),
  REJECT("reject");

  private final String wireName;

  MessageHandling(String wireName) {
    this.wireName = wireName;
  }

  /** The value on the wire, in both bindings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static MessageHandling forWireName(String wireName) {
    for (MessageHandling value : values()) {
      if (value.wireName.equals(wireName)) {
        return value;
      }
    }
    throw new IllegalArgumentException("no MessageHandling " + wireName);
  }
}
