/**
 * What every feature shares, and so sits below them all: a connection as the services see it, the
 * registry of who is online, the address that names a device, and the outcome a service answers.
 */
package org.mplp.server.session;
