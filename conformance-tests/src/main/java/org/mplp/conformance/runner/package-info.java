/** The mplp conformance command: discovery, one Launcher run per binding, verdicts, exit codes. */
package org.mplp.conformance.runner;
