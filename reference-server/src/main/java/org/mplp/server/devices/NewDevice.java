package org.mplp.server.devices;

import org.mplp.server.store.ScramKeys;

/**
 * A device to register: what its password login told and observed (S21, S25), and the keys of the
 * device credential issued to it.
 */
public record NewDevice(
    String account,
    String type,
    String label,
    String clientName,
    String clientVersion,
    String loginTime,
    String ip,
    ScramKeys keys) {}
