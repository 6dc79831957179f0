/** Persistence in SQLite: accounts, devices, the server secret, and versioned migrations. */
package org.mplp.server.store;
