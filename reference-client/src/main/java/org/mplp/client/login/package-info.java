/**
 * The client side of SCRAM-SHA-256 login, with the account's password or the device credential
 * (spec: Login).
 */
package org.mplp.client.login;
