package org.mplp.server.login;

import org.mplp.server.store.ScramKeys;

/** An account as stored: its name, the keys of its password, and when it was created. */
public record StoredAccount(String name, ScramKeys keys, String createdAt) {}
