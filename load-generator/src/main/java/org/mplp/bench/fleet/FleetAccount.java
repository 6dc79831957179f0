package org.mplp.bench.fleet;

import java.util.List;

/** An account of the fleet: its password and its devices, in the order they were registered. */
public record FleetAccount(String account, String password, List<FleetDevice> devices) {}
