/** Figures of a bench run: latency summaries, the JSON file and the terminal table. */
package org.mplp.bench.report;
