package io.runtimeaccess.governance.recommend;

/**
 * The {@code capacity} most similar users seen, kept in a bounded min-heap of primitive arrays (the least similar
 * at the root, so a better user replaces it in O(log k)), then sorted most similar first. Ties go to the lower
 * user id, so the choice is deterministic. Reused for every user: no allocation after construction.
 */
final class TopNeighbours {

    private final int[] users;
    private final double[] similarities;
    private int size;

    TopNeighbours(int capacity) {
        this.users = new int[capacity];
        this.similarities = new double[capacity];
    }

    void clear() {
        size = 0;
    }

    void offer(int user, double similarity) {
        if (size < users.length) {
            users[size] = user;
            similarities[size++] = similarity;
            siftUp(size - 1);
        } else if (before(similarity, user, similarities[0], users[0])) {
            users[0] = user;
            similarities[0] = similarity;
            siftDown(0, size);
        }
    }

    /** Turns the heap into a list, most similar first; call once after the last {@link #offer}. */
    void sort() {
        for (int end = size - 1; end > 0; end--) {
            swap(0, end);
            siftDown(0, end);
        }
    }

    int size() {
        return size;
    }

    int user(int i) {
        return users[i];
    }

    double similarity(int i) {
        return similarities[i];
    }

    /** Whether (simA, userA) ranks before (simB, userB): higher similarity, then lower user id. */
    private static boolean before(double simA, int userA, double simB, int userB) {
        return simA > simB || (simA == simB && userA < userB);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(similarities[parent], users[parent], similarities[i], users[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, int end) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= end) {
                return;
            }
            if (child + 1 < end && before(similarities[child], users[child], similarities[child + 1],
                    users[child + 1])) {
                child++;
            }
            if (!before(similarities[i], users[i], similarities[child], users[child])) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        int user = users[a];
        users[a] = users[b];
        users[b] = user;
        double similarity = similarities[a];
        similarities[a] = similarities[b];
        similarities[b] = similarity;
    }
}
