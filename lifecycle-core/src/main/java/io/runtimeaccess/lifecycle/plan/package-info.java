/**
 * The states of an offboarding plan: whose accounts it covers ({@link PlanScope}: an identity provider's users or an
 * end-user group's members), where the plan is ({@link PlanStatus}: planned, applying, applied) and where each of
 * its users is ({@link UserStep}: pending, done, gone, failed). A plan left applying is resumed by applying it again,
 * and users already done are not touched twice. Plain Java; the stored plans and the steps that change users are in
 * the {@code lifecycle} module's {@code offboard} package.
 */
package io.runtimeaccess.lifecycle.plan;
