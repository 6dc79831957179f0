package org.mplp.bench.fleet;

import org.mplp.bench.client.Credential;
import org.mplp.bench.client.ScramKeys;

/** A registered device of the fleet, with its credential's cached SCRAM keys. */
public record FleetDevice(String account, String address, String credential, ScramKeys keys) {

  public Credential loginCredential() {
    return Credential.device(account, address, credential);
  }
}
