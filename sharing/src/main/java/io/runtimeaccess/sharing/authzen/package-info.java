/**
 * The OpenID AuthZEN 1.0 check API of a realm at {@code /realms/{realm}/runtime-access}: single and batch evaluations,
 * the subject, resource and action searches, and the PDP metadata document. {@link AccessEvaluationResource}
 * authenticates the caller first: a user may ask about itself with its own token, a client whose token has the
 * {@code runtime-access-checker} role and audience about anyone. Tokens are verified as a resource server would,
 * reading the client and user from Keycloak's caches. {@link Evaluation} turns a request into a decision of the
 * in-memory index and also answers the admin API's check, so the two cannot disagree; {@link AccessSearch} decides
 * every search candidate with the same check.
 */
package io.runtimeaccess.sharing.authzen;
