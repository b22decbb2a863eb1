/**
 * Bulk offboarding of everyone linked to an identity provider or in an end-user group. A dry run stores a plan with
 * what each user would lose (their own runtime grants, end-user-group memberships, sessions, an enabled account);
 * apply offboards user by user, each in a transaction of its own that also records the user's step, so a stopped
 * apply resumes when applied again. {@link OffboardingResource} is the API; {@link OffboardingPlanEntity} and
 * {@link OffboardingUserEntity} are the tables {@code RA_LC_PLAN} and {@code RA_LC_PLAN_USER}. The test-only fault
 * switch lives here too, off unless the server starts with {@code fault-injection=true}.
 */
package io.runtimeaccess.lifecycle.offboard;
