/**
 * The peer side by side: a throwaway Prosody on loopback and a minimal XMPP client (plain SASL on
 * loopback, resource binding, chat messages between two resources of one account).
 */
package org.mplp.bench.xmpp;
