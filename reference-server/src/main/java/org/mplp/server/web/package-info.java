/** The web terminal: the browser client's static files, served at / on the server's own port. */
package org.mplp.server.web;
