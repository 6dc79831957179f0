package org.mplp.server.transfers;

/** Which way a data channel request moves a file's bytes, and so which token it must carry. */
public enum DataDirection {
  /** PUT or HEAD by the sender, with the upload token. */
  UPLOAD,
  /** GET by the recipient, with the download token. */
  DOWNLOAD
}
