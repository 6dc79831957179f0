/** Verdicts and the reports written after a run: HTML for people, JSON for machines, JUnit XML. */
package org.mplp.conformance.report;
