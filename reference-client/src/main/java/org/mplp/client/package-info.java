/**
 * The MPLP reference client library: one {@link org.mplp.client.MplpClient} per device, built on
 * the spec module's wire model. Later parts of the protocol (a transfer manager, receive
 * permissions and policy) plug in beside Messaging through MplpClient's request and handle.
 */
package org.mplp.client;
