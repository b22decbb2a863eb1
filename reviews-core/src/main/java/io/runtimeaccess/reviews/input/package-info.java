/**
 * Refusal of input that breaks a review rule: {@link InvalidInput} names the offending field ({@code scope.type},
 * {@code decisions[3].justification}), and the Keycloak adapters turn it into a 400 naming that field. {@link Texts}
 * refuses control characters in the text the API takes in, except line breaks and tabs in a justification. A package of
 * its own because both the campaign rules and the decisions use it.
 */
package io.runtimeaccess.reviews.input;
