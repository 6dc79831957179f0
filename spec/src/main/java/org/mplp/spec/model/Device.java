package org.mplp.spec.model;

/** A device of the account as a contact object (spec: Devices, S11, S12). */
public record Device(
    String address,
    String type,
    String label,
    Presence presence,
    Role role,
    String loginTime,
    String clientName,
    String clientVersion,
    String lastIp) {}
