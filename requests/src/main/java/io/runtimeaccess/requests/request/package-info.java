/**
 * A user's own requests. {@link Requesting} lists what a signed-in user may request (whether it holds each item or has
 * an open request for it) and its requests, creates a request after checking the item's policy, and cancels a pending
 * one. {@link RequestView} is a request as every API shows it, and {@link Refusal} a 403 or 409 with a machine-readable
 * {@code error} code. Auto-approval is handed in as a callback, since the approval package depends on this one.
 */
package io.runtimeaccess.requests.request;
