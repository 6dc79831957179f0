/** The MPLP reference server: bootstrap, configuration and command line. */
package org.mplp.server;
