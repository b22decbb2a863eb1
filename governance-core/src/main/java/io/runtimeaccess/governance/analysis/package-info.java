/**
 * One access-intelligence run over a snapshot: {@link Analysis} runs the analysers as named steps (peer
 * recommendations and outliers, dormancy, reconciliation), then the separation-of-duties scan and every user's risk,
 * and returns an {@link AnalysisResult} with the proposals, risks, violations and the seconds each step took.
 * {@link Analysis#standard} wires the product's analysers from a realm's settings; each separation-of-duties violation
 * becomes a review proposal naming the conflicting items. Nothing here applies a change or schedules a run: the
 * nightly run is in module {@code governance}.
 */
package io.runtimeaccess.governance.analysis;
