/**
 * Test accounts and devices made before a measured phase, through the provisioning interface and
 * password logins, and cached in the bench data directory.
 */
package org.mplp.bench.fleet;
