/**
 * The proposal queue: the changes access intelligence proposes and what became of them (table
 * {@code RA_GOV_PROPOSAL}). {@link ProposalQueue} stores a run's proposals (deduplicated, held back after a rejection,
 * expired after 30 days without a decision); {@link ProposalDecisions} approves or rejects one, applying an approved
 * change through the admin API's own code paths and past the separation-of-duties guards; {@link ProposalsResource}
 * is the API. In mode {@code auto-low-risk} the categories an admin enabled apply at once unless they touch a
 * privileged item or disable a privileged user; every submission, decision and application is an admin event.
 */
package io.runtimeaccess.governance.queue;
