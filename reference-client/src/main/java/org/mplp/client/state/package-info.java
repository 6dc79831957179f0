/**
 * What a device keeps between runs in its state directory: its address and credential, and the ids
 * of the messages it has shown (REQ-MSG-016).
 */
package org.mplp.client.state;
