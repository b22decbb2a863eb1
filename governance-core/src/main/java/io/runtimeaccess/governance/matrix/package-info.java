/**
 * The user × permission matrix that the peer recommender and the role miner work on: {@link AssignmentMatrix}
 * numbers users and permissions densely, keeps each user's permissions sorted and distinct, and keeps the names to
 * map ids back. A package of its own because its rows come from two places: a realm's snapshot (permissions are
 * access item keys) and the HP Labs benchmark files that the evaluation tool reads.
 */
package io.runtimeaccess.governance.matrix;
