/** Step definitions of the client scenarios: set up the kit's server, act, judge. */
package org.mplp.conformance.client.steps;
