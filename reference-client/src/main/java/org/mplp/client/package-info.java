/**
 * The MPLP reference client library: one {@link org.mplp.client.MplpClient} per device, built on
 * the spec module's wire model; sub-packages hold the wire, login, state, contacts and messages.
 */
package org.mplp.client;
