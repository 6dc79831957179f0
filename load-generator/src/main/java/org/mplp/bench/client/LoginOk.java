package org.mplp.bench.client;

/** What a login-ok told the bench: the device's address and, after a password, its credential. */
public record LoginOk(String address, String credential) {}
