/**
 * The HTTP data channel (spec: Transfers > The data channel): uploads and downloads of accepted
 * files at /transfers/&lt;transferId&gt;/&lt;index&gt;, streamed through a spool on disk.
 */
package org.mplp.server.transfers.data;
