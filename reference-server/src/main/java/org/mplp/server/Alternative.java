package org.mplp.server;

import java.util.Arrays;
import java.util.Optional;

/**
 * The other answer the reference server can give to an open choice of the spec (spec: Conventions,
 * Choices), beside the one it gives by default. A conformance kit run against the server with them
 * switched on shows that the kit accepts both answers.
 */
public enum Alternative {
  /** REQ-PERM-009: the device is sent its settings after the login-ok of each login. */
  SETTINGS_AT_LOGIN("settings-at-login"),
  /** CHOICE-DATA-07: transfer-progress at acceptance, and every second while a file is open. */
  PROGRESS_OFTEN("progress-often"),
  /** CHOICE-XFER-04: expiries swept every few seconds, within the spec's bound for timers. */
  LAZY_EXPIRY("lazy-expiry"),
  /** CHOICE-OPEN-03: a first frame that breaks its schema gets schema-violation, not fatal. */
  SCHEMA_VIOLATION_BEFORE_HELLO("schema-violation-before-hello"),
  /** CHOICE-LOGIN-01: a clientFirst that does not parse is challenged, refused at its proof. */
  CHALLENGE_MALFORMED_LOGIN("challenge-malformed-login"),
  /** CHOICE-LOGIN-05: a replaced session is announced offline before the device is online. */
  OFFLINE_ON_REPLACEMENT("offline-on-replacement"),
  /** CHOICE-DEVICE-07: a device removed while online is announced offline, then removed. */
  OFFLINE_BEFORE_REMOVAL("offline-before-removal");

  private final String wireName;

  Alternative(String wireName) {
    this.wireName = wireName;
  }

  /** The name {@code --alternative} takes. */
  public String wireName() {
    return wireName;
  }

  public static Optional<Alternative> forName(String name) {
    return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
  }
}
