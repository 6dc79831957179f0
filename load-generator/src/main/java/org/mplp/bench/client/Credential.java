package org.mplp.bench.client;

/**
 * What a connection logs in with: the account's password ({@code device} null) or a device's
 * credential ({@code device} its address).
 */
public record Credential(String account, String device, String secret) {

  public static Credential password(String account, String password) {
    return new Credential(account, null, password);
  }

  public static Credential device(String account, String address, String credential) {
    return new Credential(account, address, credential);
  }

  /** The SCRAM user name: the account for a password, the device address for a credential. */
  public String scramUser() {
    return device == null ? account : device;
  }
}
