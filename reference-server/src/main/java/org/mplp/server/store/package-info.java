/**
 * The SQLite database under every feature: opening and migrations, the one store thread, group
 * commits, and the SCRAM key columns that the accounts and devices tables share.
 */
package org.mplp.server.store;
