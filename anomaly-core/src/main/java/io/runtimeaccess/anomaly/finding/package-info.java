/**
 * The scorer's verdict on one event: an {@link Assessment} with its 0–100 score, its {@link Severity} and its
 * {@link Reason}s, each naming the detection that produced it and carrying a sentence and evidence for a person.
 * An assessment at or above the configured severity becomes a finding. {@code Activity} says who the assessment's
 * user is: the one who acted, or only the account someone tried. Imports no other package of the scorer, so a
 * detection outside the scorer, such as audit tampering, produces these too.
 */
package io.runtimeaccess.anomaly.finding;
