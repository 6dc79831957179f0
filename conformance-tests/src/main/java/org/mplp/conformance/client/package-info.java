/** The kit's client mode: it plays the server and the account's other devices for a client. */
package org.mplp.conformance.client;
