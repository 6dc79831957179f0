package org.mplp.server.transfers;

import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileState;

/**
 * One file of a stored transfer; the tokens are null until the file is accepted.
 *
 * @param failure why a failed file failed, as the recipient reported it; null otherwise
 */
record StoredFile(
    int index,
    String name,
    String path,
    long size,
    String sha256,
    String mediaType,
    FileState state,
    FileOutcome failure,
    String uploadToken,
    String downloadToken) {

  public StoredFile accepted(String upload, String download) {
    return new StoredFile(
        index, name, path, size, sha256, mediaType, FileState.ACCEPTED, null, upload, download);
  }

  public StoredFile inState(FileState newState, FileOutcome why) {
    return new StoredFile(
        index, name, path, size, sha256, mediaType, newState, why, uploadToken, downloadToken);
  }
}
