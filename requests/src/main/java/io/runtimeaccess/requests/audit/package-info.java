/**
 * The record of a request's life. {@link RequestEvents} writes every state change as a CUSTOM admin event at
 * {@code runtime-access/requests/{id}} (CREATE, UPDATE, ACTION when the access is given, DELETE when it expired)
 * through the sharing module's ServerAdminEvents, because the user API has no admin to build an admin event for, and
 * hands each change to the notice package for its CloudEvent and mails.
 */
package io.runtimeaccess.requests.audit;
