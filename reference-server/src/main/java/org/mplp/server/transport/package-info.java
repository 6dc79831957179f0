/** Connection-level concerns below the protocol: the I/O transport and backpressure. */
package org.mplp.server.transport;
