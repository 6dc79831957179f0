/**
 * Generator processes beside the coordinator: one process holds at most about 20,000 open files, so
 * tens of thousands of sessions need several.
 */
package org.mplp.bench.worker;
