/**
 * {@code ./mplp demo}: the reference server in-process and three clients of one account walking
 * through the embodiments. The one place outside tests where the client module uses the server.
 */
package org.mplp.launcher.demo;
