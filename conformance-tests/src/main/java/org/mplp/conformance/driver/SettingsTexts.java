package org.mplp.conformance.driver;

/**
 * Builds the text of the settings and primary device frames a client sends (spec: Receive
 * permissions, The primary device), in one binding.
 */
public interface SettingsTexts {
  String getSettings(String id);

  String setReceive(String id, String receive);

  /** A set-policy; {@code maxFileBytes} null for a policy without a size cap of its own. */
  String setPolicy(String id, String device, String transfers, String messages, Long maxFileBytes);

  String revokeDevice(String id, String device);

  String makePrimary(String id, String device);

  static SettingsTexts forBinding(Binding binding) {
    return binding == Binding.JSON ? new JsonSettingsTexts() : new XmlSettingsTexts();
  }
}
