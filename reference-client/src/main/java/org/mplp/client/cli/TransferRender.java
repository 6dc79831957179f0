package org.mplp.client.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import org.mplp.client.transfers.StoredFile;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferFile;

/** The text form of transfers, stored files and settings. */
final class TransferRender {
  private TransferRender() {}

  static String transfer(Transfer t, String self) {
    boolean outgoing = t.from().equals(self);
    String head =
        "transfer "
            + t.transferId()
            + (outgoing ? " to " + t.to() : " from " + t.from())
            + " ("
            + t.permission().wireName()
            + "): "
            + t.state().wireName()
            + (t.reason() == null ? "" : ", " + t.reason().wireName())
            + (t.by() == null ? "" : " by " + t.by())
            + (t.note() == null ? "" : ", note \"" + t.note() + "\"");
    String files =
        t.files().stream()
            .map(
                f ->
                    "\n    "
                        + f.index()
                        + ". "
                        + name(f)
                        + " ("
                        + f.size()
                        + " bytes) "
                        + f.state().wireName()
                        + (f.failure() == null ? "" : " " + f.failure().wireName()))
            .collect(Collectors.joining());
    return head + files;
  }

  static String name(TransferFile f) {
    return f.path() == null ? f.name() : f.path() + "/" + f.name();
  }

  static String stored(StoredFile file) {
    return file.outcome() == FileOutcome.RECEIVED
        ? "  saved " + file.name() + " as " + file.stored()
        : "  ! " + file.name() + ": " + file.outcome().wireName() + " (" + file.note() + ")";
  }

  static ObjectNode storedJson(StoredFile file) {
    ObjectNode node = JsonOut.object();
    node.put("type", "stored-file");
    node.put("transferId", file.transferId());
    node.put("index", file.index());
    node.put("name", file.name());
    node.put("result", file.outcome().wireName());
    if (file.stored() != null) {
      node.put("path", file.stored().toString());
    }
    if (file.note() != null) {
      node.put("note", file.note());
    }
    return node;
  }

  static String settings(Settings s) {
    return "settings of "
        + s.address()
        + ": role "
        + s.role().wireName()
        + ", receive "
        + s.receive().wireName()
        + ", policy transfers "
        + s.policy().transfers().wireName()
        + ", messages "
        + s.policy().messages().wireName()
        + (s.policy().maxFileBytes() == null
            ? ""
            : ", files up to " + s.policy().maxFileBytes() + " bytes");
  }
}
