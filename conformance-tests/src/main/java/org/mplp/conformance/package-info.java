/** The conformance kit: Gherkin scenarios over a raw-wire driver, a runner and its reports. */
package org.mplp.conformance;
