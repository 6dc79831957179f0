/** Cucumber step definitions: short sentences delegating to the driver, assertions as sentences. */
package org.mplp.conformance.steps;
