/**
 * The MPLP reference client library: one {@link org.mplp.client.MplpClient} per device, built on
 * the spec module's wire model; messages in Messaging, transfers in the transfers package, settings
 * and primary-device operations on MplpClient itself.
 */
package org.mplp.client;
