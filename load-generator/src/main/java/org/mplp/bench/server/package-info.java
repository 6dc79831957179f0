/**
 * The reference server as the bench runs it: with limits suited to load, in-process for the smoke
 * test or as a child JVM that reports its heap on request.
 */
package org.mplp.bench.server;
