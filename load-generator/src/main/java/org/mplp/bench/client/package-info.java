/**
 * A lean MPLP client for load: Netty WebSocket connections, SCRAM with cached keys, and frames
 * built from templates and read with a streaming parser.
 */
package org.mplp.bench.client;
