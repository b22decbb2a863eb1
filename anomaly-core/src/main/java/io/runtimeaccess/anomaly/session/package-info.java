/**
 * Detection 8, token anomaly: a code exchange or token refresh from another country or network operator than the
 * sign-in that opened the session, weighed together with another client or a VPN/datacenter the sign-in did not
 * use. {@link SessionOrigin} remembers where and with which browser each session signed in; {@link TokenAnomaly}
 * compares each token request with it and never flags a client backend that redeems codes for many sessions.
 */
package io.runtimeaccess.anomaly.session;
