package org.mplp.conformance.driver;

/** A file as a scenario offers it; {@code path} is null for a file outside any folder. */
public record OfferFile(String name, String path, long size, String sha256, String mediaType) {}
