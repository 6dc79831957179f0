package org.mplp.spec.model;

/**
 * One file of a transfer as a party sees it; {@code token} is that party's token, only while the
 * file is accepted (spec: Transfers).
 */
public record TransferFile(
    int index,
    String name,
    String path,
    long size,
    String sha256,
    String mediaType,
    FileState state,
    FileOutcome failure,
    String token) {}
