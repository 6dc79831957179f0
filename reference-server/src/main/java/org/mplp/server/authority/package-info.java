/**
 * The primary device (spec: The primary device, Receive permissions): policies, revoke and
 * make-primary, each device's own receive setting, and the table and frame that hold both.
 */
package org.mplp.server.authority;
