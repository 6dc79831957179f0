package org.mplp.spec.model;

/** A file as its sender offers it; {@code path} is null when absent (spec: Transfers, S51). */
public record OfferedFile(String name, String path, long size, String sha256, String mediaType) {}
