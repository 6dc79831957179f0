package org.mplp.spec.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of terminal type codes (spec: Devices, S24). Codes outside it are private ones
 * starting with X, which servers accept and treat like any other.
 */
public enum TerminalType {
  PC("personal computer"),
  MP("mobile phone"),
  TV("television"),
  WEB("web browser"),
  PAD("tablet");

  private static final Pattern PRIVATE_CODE = Pattern.compile("X[A-Z0-9]{1,7}");

  private final String description;

  TerminalType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public static Optional<TerminalType> forCode(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
  }

  /** Whether a code is registered or of the private form. */
  public static boolean isValidCode(String code) {
    return forCode(code).isPresent() || PRIVATE_CODE.matcher(code).matches();
  }
}
