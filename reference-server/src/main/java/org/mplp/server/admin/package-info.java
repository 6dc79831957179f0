/**
 * The account command: accounts added, listed, removed and given new passwords, offline or live.
 */
package org.mplp.server.admin;
