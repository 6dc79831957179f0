/**
 * The HTTP side of the one port: the discovery document, and the upgrade to the control channel.
 */
package org.mplp.server.http;
