/**
 * Dormant and unused access: {@link DormancyAnalyser} finds accounts with no sign-in for the realm's dormant days,
 * runtime grants not exercised for its unused days, and the direct grants and end-user group memberships that
 * disabled users still hold, all measured against the snapshot's time so that a run is repeatable.
 * {@link DormancyProposals} turns them into proposals (disable the account, remove the grant or review it when it is
 * held through an end-user group, remove what a disabled user holds), with a confidence that grows with how far past
 * the threshold the evidence is.
 */
package io.runtimeaccess.governance.dormancy;
