package org.mplp.server.transfers;

import java.util.List;
import java.util.Optional;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.OfferedFile;

/**
 * The checks of an offer that need nothing stored (REQ-XFER-005, 006, 010, 030): names, the number
 * of files, their sizes and their sum against the server's limits.
 */
final class OfferChecks {

  /** Why an offer is refused. */
  public record Refusal(ErrorCode code, String message) {}

  private OfferChecks() {}

  public static Optional<Refusal> check(List<OfferedFile> files, Limits limits) {
    for (OfferedFile file : files) {
      if (!FileNames.allowed(file.name(), file.path())) {
        return Optional.of(
            new Refusal(
                ErrorCode.BAD_FILE_NAME,
                "file " + files.indexOf(file) + " has a name or path the spec does not allow"));
      }
    }
    if (files.size() > limits.maxFilesPerOffer()) {
      return Optional.of(
          new Refusal(
              ErrorCode.TOO_MANY_FILES,
              "an offer may list at most " + limits.maxFilesPerOffer() + " files"));
    }
    long total = 0;
    for (OfferedFile file : files) {
      if (file.size() > limits.maxFileBytes()) {
        return Optional.of(
            new Refusal(
                ErrorCode.FILE_TOO_LARGE,
                "file " + files.indexOf(file) + " is larger than " + limits.maxFileBytes()));
      }
      total += file.size(); // each at most maxFileBytes, at most 1000 of them: no overflow
    }
    if (total > limits.maxTransferBytes()) {
      return Optional.of(
          new Refusal(
              ErrorCode.TRANSFER_TOO_LARGE,
              "the offer's files add up to more than " + limits.maxTransferBytes() + " bytes"));
    }
    return Optional.empty();
  }
}
