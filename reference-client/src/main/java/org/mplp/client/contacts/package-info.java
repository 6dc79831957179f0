/**
 * The account's other devices as contacts, kept current by device events, and the "My devices"
 * group (spec: Devices, S31 to S33).
 */
package org.mplp.client.contacts;
