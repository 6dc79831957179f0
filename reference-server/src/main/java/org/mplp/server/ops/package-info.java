/**
 * Operations: the admin port's health and metrics endpoints, and the requests an operator's tools
 * send a running server (an account removed while its devices are online).
 */
package org.mplp.server.ops;
