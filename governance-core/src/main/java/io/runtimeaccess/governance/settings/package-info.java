/**
 * A realm's access-intelligence settings: the {@link GovernanceMode} ({@code off}, {@code report}, {@code approve},
 * {@code auto-low-risk}), the proposal categories applied without a human, the dormant and unused thresholds, peer
 * attributes, items marked privileged, how long a rejection holds and the minimum confidence.
 * {@link GovernanceSettings#appliesAutomatically} decides whether a proposal may skip the queue: never a review, a
 * privileged item or a privileged user's account. Module {@code governance} stores them and serves their REST resource
 * in its package {@code settingsstore}.
 */
package io.runtimeaccess.governance.settings;
