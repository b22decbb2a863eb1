package io.runtimeaccess.governance.recommend;

/** How alike two users' held sets are; the inner leave-one-out picks one per matrix. */
public enum Similarity {
    /** |A ∩ B| / sqrt(|A| |B|): forgiving to users holding much more than the user. */
    COSINE,
    /** |A ∩ B| / |A ∪ B|: favours users holding about the same set. */
    JACCARD;

    double of(int overlap, int size, int otherSize) {
        return switch (this) {
            case COSINE -> overlap / Math.sqrt((double) size * otherSize);
            case JACCARD -> overlap / (double) (size + otherSize - overlap);
        };
    }
}
