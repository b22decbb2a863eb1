/**
 * CSV onboarding at {@code POST /admin/realms/{realm}/runtime-access/lifecycle/onboarding}. {@link OnboardingResource}
 * reads the file with lifecycle-core's {@code UserRows}; {@link CsvOnboarding} creates an account through the realm's
 * user profile for each row that resembles no existing account (nor an earlier row), reports the others as possible
 * duplicates, and submits the new users' recommended access to the governance proposal queue as one onboarding run
 * (none when access intelligence is off). A row the user profile refuses is a 400 naming its line, and nothing of the
 * file is kept.
 */
package io.runtimeaccess.lifecycle.onboarding;
