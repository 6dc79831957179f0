/**
 * Login (spec: Login, Provisioning profile): accounts and SCRAM-SHA-256, challenges and proofs
 * under the throttle, the device a proven login registers or resumes, and throwaway accounts.
 */
package org.mplp.server.login;
