package org.mplp.bench.client;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Local addresses to connect from: 127.0.0.{first}, then the next one every {@code perAddress}
 * connections. One source address gives about 28,000 ports toward one server port on this kind of
 * machine.
 */
public record SourceAddresses(int first, int perAddress) {

  public static final int DEFAULT_PER_ADDRESS = 20_000;

  public InetAddress forConnection(int index) {
    int last = first + index / perAddress;
    if (last > 254) {
      throw new IllegalArgumentException("more connections than 127.0.0.x addresses hold");
    }
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }
}
