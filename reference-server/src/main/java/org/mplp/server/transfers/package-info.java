/**
 * Transfers (spec: Transfers, Receive permissions): offers checked and stored, answers, expiry and
 * progress, and the contract with the HTTP data channel ({@code data}) that moves the bytes.
 */
package org.mplp.server.transfers;
