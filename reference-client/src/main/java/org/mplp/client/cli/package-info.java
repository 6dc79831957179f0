/**
 * {@code ./mplp client}: one set of picocli commands, run one-shot with JSON output and exit codes,
 * or typed with a slash in the interactive client against its logged-in session.
 */
package org.mplp.client.cli;
