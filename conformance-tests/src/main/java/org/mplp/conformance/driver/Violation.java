package org.mplp.conformance.driver;

/** Something a received message did wrong on its own, and the requirement it breaks. */
public record Violation(String requirement, String message) {
  @Override
  public String toString() {
    return message + " (" + requirement + ")";
  }
}
