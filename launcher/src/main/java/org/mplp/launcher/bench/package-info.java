/** The reference server as {@code ./mplp bench} starts it when no --target is given. */
package org.mplp.launcher.bench;
