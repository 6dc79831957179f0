package org.mplp.client.transfers;

import java.nio.file.Path;
import org.mplp.spec.model.FileOutcome;

/**
 * The end of one received file: where it was stored, or why not, and the result reported.
 *
 * @param stored the file on disk; null unless {@code outcome} is received
 */
public record StoredFile(
    String transferId, int index, String name, Path stored, FileOutcome outcome, String note) {}
