package org.mplp.server.session;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A device address, {@code <account>-<TYPE>-<n>} (spec: Devices, Addresses, S24). */
public record DeviceAddress(String account, String type, int ordinal) {

  /** The address pattern of common.schema.json. */
  private static final Pattern PATTERN =
      Pattern.compile(
          "([0-9a-z][0-9a-z_.]{0,31})-(PC|MP|TV|WEB|PAD|X[A-Z0-9]{1,7})-([1-9][0-9]{0,3})");

  public static Optional<DeviceAddress> parse(String address) {
    Matcher matcher = PATTERN.matcher(address);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new DeviceAddress(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3))));
  }

  @Override
  public String toString() {
    return account + "-" + type + "-" + ordinal;
  }
}
