/**
 * {@code ./mplp client}: the interactive client and its scriptable one-shot subcommands, with JSON
 * output and exit codes.
 */
package org.mplp.client.cli;
