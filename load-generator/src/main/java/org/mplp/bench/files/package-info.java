/**
 * The files scenario: one large transfer between two devices of an account, streamed up and down
 * through the relay at once, against loopback TCP measured by iperf3, with the server's memory.
 */
package org.mplp.bench.files;
