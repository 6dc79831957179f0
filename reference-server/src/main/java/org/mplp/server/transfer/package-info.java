/**
 * Transfers (spec: Transfers, Receive permissions): offers and their answers on the control
 * channel, and the contract between them and the HTTP data channel that moves the bytes.
 */
package org.mplp.server.transfer;
