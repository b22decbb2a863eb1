/**
 * The policy evaluator: an organization's solutions, end-user groups and grants compiled into an immutable in-memory
 * index that answers "may this user do this action on this resource?" with hash lookups and bit masks, allocating
 * nothing per check. {@link AccessIndex} is built from the model and decides, returning a {@link Decision} with its
 * reason; {@link IndexSearch} lists the candidates of the AuthZEN searches. Only grants of roles in an Active Policy
 * count. The index also keeps in-memory use marks per grant. Plain Java: nothing from Keycloak, no database, no JSON.
 */
package io.runtimeaccess.sharing.check;
