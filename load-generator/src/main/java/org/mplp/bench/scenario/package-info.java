/** The bench scenarios: sessions, messages, logins, conformance, peer; and the open-loop engine. */
package org.mplp.bench.scenario;
