package org.mplp.conformance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON texts of the transfer frames, built as Jackson trees. */
final class JsonTransferTexts implements TransferTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String offer(
      String id, String to, String permission, Integer expiresIn, List<OfferFile> files) {
    ObjectNode offer = frame("offer", id).put("to", to);
    if (permission != null) {
      offer.put("permission", permission);
    }
    if (expiresIn != null) {
      offer.put("expiresIn", expiresIn);
    }
    ArrayNode list = offer.putArray("files");
    for (OfferFile f : files) {
      ObjectNode file = list.addObject().put("name", f.name());
      if (f.path() != null) {
        file.put("path", f.path());
      }
      file.put("size", f.size()).put("sha256", f.sha256()).put("mediaType", f.mediaType());
    }
    return write(offer);
  }

  @Override
  public String acceptOffer(String id, String transferId, List<Integer> files) {
    ObjectNode accept = frame("accept-offer", id).put("transferId", transferId);
    if (files != null) {
      files.forEach(accept.putArray("files")::add);
    }
    return write(accept);
  }

  @Override
  public String rejectOffer(String id, String transferId, String note) {
    return write(withNote(frame("reject-offer", id).put("transferId", transferId), note));
  }

  @Override
  public String cancelTransfer(String id, String transferId, String note) {
    return write(withNote(frame("cancel-transfer", id).put("transferId", transferId), note));
  }

  @Override
  public String fileResult(String id, String transferId, int index, String result) {
    return write(
        frame("file-result", id)
            .put("transferId", transferId)
            .put("index", index)
            .put("result", result));
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

  private static ObjectNode withNote(ObjectNode frame, String note) {
    return note == null ? frame : frame.put("note", note);
  }

  private static ObjectNode frame(String type, String id) {
    return JSON.createObjectNode().put("type", type).put("id", id);
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
