package org.mplp.conformance.driver;

/**
 * The environment failed, not the target's conformance: the target went away, the kit could not
 * send. Scenarios that end with it get the verdict "error", never "failed".
 */
public class DriverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DriverException(String message) {
    super(message);
  }

  public DriverException(String message, Throwable cause) {
    super(message, cause);
  }
}
