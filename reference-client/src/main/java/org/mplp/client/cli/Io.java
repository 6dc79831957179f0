package org.mplp.client.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where the CLI reads and writes: the process's streams, or a test's. */
record Io(InputStream in, PrintStream out, PrintStream err) {}
