package org.mplp.server.login;

import org.mplp.server.session.DeviceAddress;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Login;

/**
 * A login between its challenge and its proof.
 *
 * @param device the device resuming; null for a password login
 * @param deviceId the registration of that device when the challenge was made: a device given the
 *     same address later is another device, and the proof resumes nothing (REQ-LOGIN-026); 0 when
 *     there is none
 * @param failure the code the proof will be refused with whatever it is (unknown account or device,
 *     a username other than the login's); null when the proof decides
 */
public record PendingLogin(
    Login login, ScramExchange exchange, DeviceAddress device, long deviceId, ErrorCode failure) {}
