/**
 * The {@code recommend} command: {@link RecommendCommand} hides one permission of every user holding at least two
 * (seeded), fits the {@code PermissionRanker} on the rest, and reports hit rate at 5, mean reciprocal rank and the
 * calibration of the top five, next to three fixed baselines (popularity, item-kNN, user-kNN) on the same split.
 * {@link HitRateBound} says how much of the split any peer-based ranker could recover, so that a hit rate is read
 * against that rather than against 1; {@link MissProfile} says where the misses were ranked and how many a role mined
 * from the training matrix would have pointed at.
 */
package io.runtimeaccess.governance.evaluation.recommend;
