/**
 * The MPLP reference server: bootstrap, configuration and command line, and the wiring of the
 * feature services over the store ({@code SessionServices}).
 */
package org.mplp.server;
