/**
 * The load generator behind {@code ./mplp bench}: scenarios, their options, and where their figures
 * go.
 */
package org.mplp.bench;
