/**
 * The requesters' and approvers' own API under {@code /realms/{realm}/runtime-access/requests}, authenticated by the
 * user's access token as the check API verifies one. {@link UserRequestsResource} lists what the caller may request,
 * its requests and the requests it may approve, creates and cancels requests, and approves or rejects others'; every
 * call acts as the token's user, in the token's realm only, and a service account is refused.
 * {@link RequestsRealmExtension} mounts it on the one Runtime Access realm resource.
 */
package io.runtimeaccess.requests.api;
