package org.mplp.conformance.driver;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh account per request, created through the target's provisioning profile. */
final class ProvisionedAccounts implements AccountSource {
  private final URI controlChannelHttp;
  private final Duration timeout;
  private final AtomicInteger taken = new AtomicInteger();

  ProvisionedAccounts(URI controlChannelHttp, Duration timeout) {
    this.controlChannelHttp = controlChannelHttp;
    this.timeout = timeout;
  }

  /**
   * A broken answer is the environment's error here: this scenario checks something else, and the
   * provisioning scenarios report the same answer as the failure of REQ-PROVISION-001.
   */
  @Override
  public Account take() {
    ProvisioningResponse response = ProvisioningResponse.post(controlChannelHttp, timeout);
    if (!response.problems().isEmpty()) {
      throw new DriverException(
          "Could not get a test account through provisioning: "
              + String.join("; ", response.problems())
              + " ("
              + ProvisioningResponse.REQUIREMENT
              + ")");
    }
    taken.incrementAndGet();
    return response.account();
  }

  @Override
  public int taken() {
    return taken.get();
  }

  @Override
  public String describe() {
    return "provisioning at " + controlChannelHttp + ProvisioningResponse.PATH;
  }
}
