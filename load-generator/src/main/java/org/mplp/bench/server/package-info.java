/**
 * The server the bench runs against when no --target is given: a child JVM (see {@link
 * org.mplp.bench.server.LocalServer}) with limits suited to load, reporting its heap on request.
 */
package org.mplp.bench.server;
