/**
 * Messages between the devices of one account (spec: Messages): sends stored in group commits,
 * acknowledgements and the receipts they cause, and each connection's paced delivery.
 */
package org.mplp.server.messages;
