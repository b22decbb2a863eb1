/**
 * The end of a request's time. {@link ExpirySweep} removes the access of active requests past their expiry everywhere
 * (the runtime grant, the end-user group membership, the Keycloak role mapping) and marks them expired. One node of a
 * cluster sweeps at a time; each request ends in its own transaction, so a failure leaves the others alone and is
 * tried again at the next sweep.
 */
package io.runtimeaccess.requests.expiry;
