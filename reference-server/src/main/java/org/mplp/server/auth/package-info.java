/** SCRAM-SHA-256 on the server's side, credentials and their keys, and failed-login throttling. */
package org.mplp.server.auth;
