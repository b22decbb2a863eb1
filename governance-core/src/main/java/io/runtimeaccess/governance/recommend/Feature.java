package io.runtimeaccess.governance.recommend;

/** The signals a candidate permission is scored on, each within 0..1; a {@link Blend} weighs them. */
enum Feature {
    /** Similarity-weighted share of the 10 most similar users (cosine or Jaccard over held items) holding it. */
    KNN_NEAR,
    /** The same over the 40 most similar users. */
    KNN_WIDE,
    /** The same over the 40, each weighted by similarity cubed: the closest few dominate. */
    KNN_SHARP,
    /** Share holding it among the users who hold the most of the user's set (all of it, when anyone does). */
    SUPERSET,
    /** Mean over held items q of P(candidate | q): item co-occurrence. */
    COND_MEAN,
    /** Mean over held items q of the cosine similarity of the candidate's and q's holders (item-kNN). */
    ITEM_COSINE,
    /** The strongest single association rule q → candidate, discounted for rare q. */
    COND_MAX,
    /**
     * The strongest held item q whose holders the candidate's holders would match if this user held it too:
     * the Jaccard similarity of holders(q) and holders(candidate) plus the user. Permissions granted together
     * (through one role) have the same holders, so a user lacking one of them is the only one breaking the pair.
     */
    COMPLETION_MAX,
    /** The same, averaged over the held items. */
    COMPLETION_MEAN,
    /** {@link ItemRegression} with a light ridge ({@link ItemRegression#LIGHT}): fits the held set closely. */
    REGRESSION_LIGHT,
    /** {@link ItemRegression} with a heavy ridge ({@link ItemRegression#HEAVY}): closer to plain co-occurrence. */
    REGRESSION_HEAVY,
    /** Share of all users holding it: the fallback when the user's set says little. */
    POPULARITY;

    static final int COUNT = values().length;
}
