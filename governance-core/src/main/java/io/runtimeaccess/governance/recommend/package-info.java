/**
 * Peer recommendations and outlier access: {@link PeerRecommender} proposes what a user probably needs, from users
 * with similar attributes and similar access, and flags what none of the user's most similar users holds. A
 * {@link PeerModel} is fitted once per snapshot; beneath it {@link PermissionRanker} ranks a user's missing
 * permissions by a blend of signals (user-kNN, co-occurrence, an item ridge regression, popularity, ...) whose
 * weights and calibrated confidence are chosen by a leave-one-out on the matrix itself. Never proposes adding a
 * privileged item; a model reuses one scoring workspace and is not thread-safe.
 */
package io.runtimeaccess.governance.recommend;
