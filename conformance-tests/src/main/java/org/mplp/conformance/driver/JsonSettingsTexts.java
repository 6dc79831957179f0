package org.mplp.conformance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON texts of the settings and primary device frames, built as Jackson trees. */
final class JsonSettingsTexts implements SettingsTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String getSettings(String id) {
    return write(frame("get-settings", id));
  }

  @Override
  public String setReceive(String id, String receive) {
    return write(frame("set-receive", id).put("receive", receive));
  }

  @Override
  public String setPolicy(
      String id, String device, String transfers, String messages, Long maxFileBytes) {
    ObjectNode frame = frame("set-policy", id).put("device", device);
    ObjectNode policy = frame.putObject("policy").put("transfers", transfers);
    policy.put("messages", messages);
    if (maxFileBytes != null) {
      policy.put("maxFileBytes", maxFileBytes);
    }
    return write(frame);
  }

  @Override
  public String revokeDevice(String id, String device) {
    return write(frame("revoke-device", id).put("device", device));
  }

  @Override
  public String makePrimary(String id, String device) {
    return write(frame("make-primary", id).put("device", device));
  }

  private static ObjectNode frame(String type, String id) {
    return JSON.createObjectNode().put("type", type).put("id", id);
  }

  private static String write(ObjectNode frame) {
    try {
      return JSON.writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
