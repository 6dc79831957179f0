package org.mplp.conformance.report;

/** An earlier run of a scenario that was run again (--rerun-failures), kept with its transcript. */
public record Attempt(Verdict verdict, String message, String transcript, long millis) {}
