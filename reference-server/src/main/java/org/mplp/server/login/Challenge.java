package org.mplp.server.login;

import org.mplp.spec.model.LoginChallenge;

/** The answer to a login: the challenge to send, and what the proof will be checked against. */
public record Challenge(LoginChallenge frame, PendingLogin pending) {}
