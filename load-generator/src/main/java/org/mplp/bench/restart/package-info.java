/**
 * The restart: a reference server holding many devices and stored messages, killed, and timed from
 * its process start to the first device-credential login it serves.
 */
package org.mplp.bench.restart;
