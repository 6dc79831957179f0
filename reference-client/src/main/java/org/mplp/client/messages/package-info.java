/**
 * Sends waiting for message-accepted, resent with their clientMessageId after a reconnect, and the
 * acknowledgement of every message shown (spec: Messages).
 */
package org.mplp.client.messages;
