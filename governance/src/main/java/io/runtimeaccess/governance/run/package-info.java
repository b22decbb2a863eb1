/**
 * Access-intelligence runs. A whole-realm run reads a snapshot, analyses it, stores the user risks and submits the
 * proposals to the queue, on demand or nightly on one node ({@link RunEngine}, {@link NightlyRuns}); an onboarding run
 * recommends access for new users ({@link Onboarding}), from a queue one background thread drains once the creating
 * request has committed, or at once for CSV onboarding. Each run is recorded in {@code RA_GOV_RUN} with its counts;
 * nothing runs in mode {@code off}.
 */
package io.runtimeaccess.governance.run;
