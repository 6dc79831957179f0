/** TLS of the server's port: PEM certificates and keys, the SSL context, self-signed trials. */
package org.mplp.server.tls;
