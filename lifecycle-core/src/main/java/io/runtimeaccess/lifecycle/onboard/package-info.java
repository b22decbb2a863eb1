/**
 * The onboarding CSV as users to create: a header naming the columns ({@code username} required; {@code email},
 * {@code firstName} and {@code lastName} for the account; any other column a user attribute), then one user per
 * record, at most 1,000. {@link UserRows} checks the whole file before anything is created and answers
 * {@link NewUser}s, or throws {@link InvalidUsers} naming the field, e.g. {@code csv.line.N.column}. Creating the
 * accounts is the {@code lifecycle} module's package {@code onboarding}; this one depends on nothing from Keycloak.
 */
package io.runtimeaccess.lifecycle.onboard;
