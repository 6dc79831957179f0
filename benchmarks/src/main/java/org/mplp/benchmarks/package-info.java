/**
 * JMH benchmarks of the hot paths in isolation; run with {@code ./mplp bench jmh} (JMH options
 * follow, e.g. {@code -f 1 -wi 3 -i 5 Codec}).
 */
package org.mplp.benchmarks;
