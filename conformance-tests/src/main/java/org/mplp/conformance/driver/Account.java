package org.mplp.conformance.driver;

/** A test account on the target and its password. */
public record Account(String name, String password) {
  /** Never prints the password: transcripts and reports are shared. */
  @Override
  public String toString() {
    return "account " + name;
  }
}
