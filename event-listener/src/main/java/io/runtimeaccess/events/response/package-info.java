/**
 * Automatic responses to a finding, configured per severity and off by default: revoke the user's sessions or disable
 * the account ({@link Response}). {@link ResponsePolicy} decides what a finding may trigger: the configured response
 * only for what the user did once authenticated; after failed sign-ins, whose user is just the account that was
 * tried, at most a temporary lockout, and only in a realm with brute-force protection on. {@link AutomaticResponse}
 * applies it.
 */
package io.runtimeaccess.events.response;
