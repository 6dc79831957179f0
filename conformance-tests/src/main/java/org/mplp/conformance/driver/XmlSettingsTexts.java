package org.mplp.conformance.driver;

/** XML texts of the settings and primary device frames (namespace urn:mplp:1). */
final class XmlSettingsTexts implements SettingsTexts {
  private static final String NS = " xmlns=\"urn:mplp:1\"";

  @Override
  public String getSettings(String id) {
    return "<get-settings" + NS + id(id) + "/>";
  }

  @Override
  public String setReceive(String id, String receive) {
    return "<set-receive" + NS + id(id) + ">" + element("receive", receive) + "</set-receive>";
  }

  @Override
  public String setPolicy(
      String id, String device, String transfers, String messages, Long maxFileBytes) {
    String cap = maxFileBytes == null ? "" : element("maxFileBytes", maxFileBytes.toString());
    return "<set-policy"
        + NS
        + id(id)
        + ">"
        + element("device", device)
        + "<policy>"
        + element("transfers", transfers)
        + element("messages", messages)
        + cap
        + "</policy></set-policy>";
  }

  @Override
  public String revokeDevice(String id, String device) {
    return "<revoke-device" + NS + id(id) + ">" + element("device", device) + "</revoke-device>";
  }

  @Override
  public String makePrimary(String id, String device) {
    return "<make-primary" + NS + id(id) + ">" + element("device", device) + "</make-primary>";
  }

  private static String id(String id) {
    return " id=\"" + escape(id) + "\"";
  }

  private static String element(String name, String text) {
    return "<" + name + ">" + escape(text) + "</" + name + ">";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
