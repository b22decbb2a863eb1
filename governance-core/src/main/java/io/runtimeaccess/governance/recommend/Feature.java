package io.runtimeaccess.governance.recommend;

/** The signals a candidate permission is scored on, each within 0..1; a {@link Blend} weighs them. */
enum Feature {
    /** Similarity-weighted share of the 10 most similar users (cosine over held items) holding it. */
    KNN_NEAR,
    /** The same over the 40 most similar users. */
    KNN_WIDE,
    /** Share holding it among the users who hold the most of the user's set (all of it, when anyone does). */
    SUPERSET,
    /** Mean over held items q of P(candidate | q): item co-occurrence. */
    COND_MEAN,
    /** Mean over held items q of the cosine similarity of the candidate's and q's holders (item-kNN). */
    ITEM_COSINE,
    /** The strongest single association rule q → candidate, discounted for rare q. */
    COND_MAX,
    /** Share of all users holding it: the fallback when the user's set says little. */
    POPULARITY;

    static final int COUNT = values().length;
}
