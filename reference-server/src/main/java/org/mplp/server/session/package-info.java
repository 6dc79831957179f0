/** Logged-in devices: the login and device services, the session registry and device events. */
package org.mplp.server.session;
