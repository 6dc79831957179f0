/**
 * The launcher: the one place where the reference server meets its clients, as the kit's local
 * target ({@code ./mplp conformance} without --target), the bench's local server and the demo.
 */
package org.mplp.launcher;
