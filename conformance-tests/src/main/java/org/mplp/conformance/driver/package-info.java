/** The kit's own raw-wire driver: WebSocket, JSON trees, XML DOM, schema checks, transcripts. */
package org.mplp.conformance.driver;
