/**
 * The soak: a reference server killed with SIGKILL under load again and again, restarted on the
 * same data directory, with every message and receipt accounted for.
 */
package org.mplp.bench.soak;
