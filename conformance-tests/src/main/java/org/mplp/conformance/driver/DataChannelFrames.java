package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The control frames the data channel's scenarios need to get a file accepted and to end it (offer,
 * accept-offer, file-result, cancel-transfer), in one binding. The values come from the kit itself
 * (file names like {@code data-1.bin}), so the XML needs no escaping.
 */
public final class DataChannelFrames {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Binding binding;

  public DataChannelFrames(Binding binding) {
    this.binding = binding;
  }

  /** An offer of one file with permission ask. */
  public String offer(String id, String to, String name, long size, String sha256) {
    if (binding == Binding.JSON) {
      ObjectNode frame = JSON.createObjectNode().put("type", "offer").put("id", id).put("to", to);
      frame.put("permission", "ask");
      frame
          .putArray("files")
          .addObject()
          .put("name", name)
          .put("size", size)
          .put("sha256", sha256)
          .put("mediaType", "application/octet-stream");
      return frame.toString();
    }
    return "<offer xmlns=\"urn:mplp:1\" id=\""
        + id
        + "\"><to>"
        + to
        + "</to>"
        + "<permission>ask</permission><file><name>"
        + name
        + "</name><size>"
        + size
        + "</size><sha256>"
        + sha256
        + "</sha256><mediaType>application/octet-stream</mediaType>"
        + "</file></offer>";
  }

  /** Accepts every file of the transfer. */
  public String acceptOffer(String id, String transferId) {
    if (binding == Binding.JSON) {
      return JSON.createObjectNode()
          .put("type", "accept-offer")
          .put("id", id)
          .put("transferId", transferId)
          .toString();
    }
    return "<accept-offer xmlns=\"urn:mplp:1\" id=\""
        + id
        + "\"><transferId>"
        + transferId
        + "</transferId></accept-offer>";
  }

  /** The recipient's result for one file: {@code received} or {@code hash-mismatch}. */
  public String fileResult(String id, String transferId, int index, String result) {
    if (binding == Binding.JSON) {
      return JSON.createObjectNode()
          .put("type", "file-result")
          .put("id", id)
          .put("transferId", transferId)
          .put("index", index)
          .put("result", result)
          .toString();
    }
    return "<file-result xmlns=\"urn:mplp:1\" id=\""
        + id
        + "\"><transferId>"
        + transferId
        + "</transferId><index>"
        + index
        + "</index><result>"
        + result
        + "</result></file-result>";
  }

  public String cancelTransfer(String id, String transferId) {
    if (binding == Binding.JSON) {
      return JSON.createObjectNode()
          .put("type", "cancel-transfer")
          .put("id", id)
          .put("transferId", transferId)
          .toString();
    }
    return "<cancel-transfer xmlns=\"urn:mplp:1\" id=\""
        + id
        + "\"><transferId>"
        + transferId
        + "</transferId></cancel-transfer>";
  }
}
