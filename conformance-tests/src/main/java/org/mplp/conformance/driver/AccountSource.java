package org.mplp.conformance.driver;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Where scenarios get their test accounts: each scenario takes fresh ones, so that the devices one
 * scenario registers never show in another's lists and scenarios stay independent.
 */
public interface AccountSource {
  String NO_SOURCE = "no way to get test accounts: enable provisioning or pass --accounts";

  /**
   * An account no scenario of this run has used.
   *
   * @throws DriverException when none can be had: the environment's fault, verdict error
   */
  Account take();

  /** How many accounts the run has taken so far. */
  int taken();

  /** Where the accounts come from, for the run's notes. */
  String describe();

  /**
   * Through the provisioning profile when the target claims it, else from the accounts file (null
   * when none was given), else none at all.
   */
  static AccountSource forTarget(
      Set<String> profiles, URI controlChannelHttp, Duration timeout, AccountPool file) {
    if (profiles.contains("provisioning")) {
      return new ProvisionedAccounts(controlChannelHttp, timeout);
    }
    return file != null ? file : none();
  }

  /** A source that has nothing to give: scenarios that need an account end in error. */
  static AccountSource none() {
    return new AccountSource() {
      @Override
      public Account take() {
        throw new DriverException(NO_SOURCE);
      }

      @Override
      public int taken() {
        return 0;
      }

      @Override
      public String describe() {
        return "none (the target does not claim provisioning and no --accounts file was given)";
      }
    };
  }
}
