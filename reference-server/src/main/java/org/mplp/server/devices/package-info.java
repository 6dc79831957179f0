/**
 * The devices of an account (spec: Devices): their table, their contact view, and list, rename,
 * logout and removal, with hooks through which other features end what a removed device leaves.
 */
package org.mplp.server.devices;
