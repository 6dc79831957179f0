/**
 * Transfers of one device (spec: Transfers, Receive permissions): offers of local files, answers,
 * uploads and downloads over the data channel with resume, hash checks, and safe local paths.
 */
package org.mplp.client.transfers;
