package org.mplp.conformance.driver;

import java.util.List;

/** XML texts of the transfer frames, written as strings like the kit's other XML frames. */
final class XmlTransferTexts implements TransferTexts {
  private static final String NS = " xmlns=\"urn:mplp:1\"";

  @Override
  public String offer(
      String id, String to, String permission, Integer expiresIn, List<OfferFile> files) {
    StringBuilder s = open("offer", id).append(element("to", to));
    if (permission != null) {
      s.append(element("permission", permission));
    }
    if (expiresIn != null) {
      s.append(element("expiresIn", String.valueOf(expiresIn)));
    }
    for (OfferFile f : files) {
      s.append("<file>").append(element("name", f.name()));
      if (f.path() != null) {
        s.append(element("path", f.path()));
      }
      s.append(element("size", String.valueOf(f.size())))
          .append(element("sha256", f.sha256()))
          .append(element("mediaType", f.mediaType()))
          .append("</file>");
    }
    return s.append("</offer>").toString();
  }

  @Override
  public String acceptOffer(String id, String transferId, List<Integer> files) {
    StringBuilder s = open("accept-offer", id).append(element("transferId", transferId));
    if (files != null) {
      files.forEach(index -> s.append(element("file", String.valueOf(index))));
    }
    return s.append("</accept-offer>").toString();
  }

  @Override
  public String rejectOffer(String id, String transferId, String note) {
    return withNote(open("reject-offer", id).append(element("transferId", transferId)), note)
        .append("</reject-offer>")
        .toString();
  }

  @Override
  public String cancelTransfer(String id, String transferId, String note) {
    return withNote(open("cancel-transfer", id).append(element("transferId", transferId)), note)
        .append("</cancel-transfer>")
        .toString();
  }

  @Override
  public String fileResult(String id, String transferId, int index, String result) {
    return open("file-result", id)
        .append(element("transferId", transferId))
        .append(element("index", String.valueOf(index)))
        .append(element("result", result))
        .append("</file-result>")
        .toString();
  }

  @Override
  public String setReceive(String id, String receive) {
    return open("set-receive", id)
        .append(element("receive", receive))
        .append("</set-receive>")
        .toString();
  }

  @Override
  public String setPolicy(
      String id, String device, String transfers, String messages, Long maxFileBytes) {
    StringBuilder s =
        open("set-policy", id)
            .append(element("device", device))
            .append("<policy>")
            .append(element("transfers", transfers))
            .append(element("messages", messages));
    if (maxFileBytes != null) {
      s.append(element("maxFileBytes", String.valueOf(maxFileBytes)));
    }
    return s.append("</policy></set-policy>").toString();
  }

  private static StringBuilder withNote(StringBuilder s, String note) {
    return note == null ? s : s.append(element("note", note));
  }

  private static StringBuilder open(String type, String id) {
    return new StringBuilder("<")
        .append(type)
        .append(NS)
        .append(" id=\"")
        .append(escape(id))
        .append("\">");
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
