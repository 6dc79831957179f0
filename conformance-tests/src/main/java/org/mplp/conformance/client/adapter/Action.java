package org.mplp.conformance.client.adapter;

import java.util.Arrays;
import java.util.Optional;

/** What a scenario asks the client under test to do (spec: Testing a client, The adapter). */
public enum Action {
  LOGIN("login"),
  DEVICES("devices"),
  SEND("send"),
  RECEIVE("receive"),
  OFFER("offer"),
  ACCEPT("accept"),
  REJECT("reject");

  private final String wireName;

  Action(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the adapter file's {@code actions} object. */
  public String wireName() {
    return wireName;
  }

  public static Optional<Action> forName(String name) {
    return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
  }
}
