package org.mplp.spec.model;

/** The implementation behind a server, for diagnostics (spec: Opening exchange). */
public record ServerInfo(String name, String version) {}
