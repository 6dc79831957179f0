package org.mplp.client.state;

import java.net.URI;
import java.nio.file.Path;
import org.mplp.spec.binding.Binding;

/**
 * Who this device is to its server: the server and binding it registered with, its account, the
 * address the server gave it and the device credential that logs it in again (spec: Login); and the
 * CA file it trusted for wss://, null when none was given.
 */
public record DeviceIdentity(
    URI server, Binding binding, String account, String address, String credential, Path caFile) {}
