package io.runtimeaccess.governance.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A monotone map from a raw blended score to the probability that the proposal is right, fitted by isotonic
 * regression (pool adjacent violators) on held-out cases: each block of scores gets its observed hit rate, shrunk
 * towards the overall rate when the block is small, so a handful of lucky cases cannot claim certainty.
 */
public final class Calibration {

    /** How many pseudo-cases of the overall rate each block is shrunk with. */
    private static final double SHRINK = 4;

    private final double[] lowerScores;
    private final double[] probabilities;

    private Calibration(double[] lowerScores, double[] probabilities) {
        this.lowerScores = lowerScores;
        this.probabilities = probabilities;
    }

    /** A map that gives every score the same probability (used when there is nothing to fit on). */
    public static Calibration constant(double probability) {
        return new Calibration(new double[] {Double.NEGATIVE_INFINITY}, new double[] {probability});
    }

    /** Fits on {@code count} cases: {@code scores[i]} and whether that case was right. */
    public static Calibration fit(double[] scores, boolean[] hits, int count) {
        if (count == 0) {
            return constant(0);
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        List<double[]> blocks = new ArrayList<>(); // {lowest score, hits, cases}
        double totalHits = 0;
        for (int i : order) {
            totalHits += hits[i] ? 1 : 0;
            blocks.add(new double[] {scores[i], hits[i] ? 1 : 0, 1});
        }
        blocks = pool(mergeEqualScores(blocks));
        double overall = totalHits / count;
        for (double[] block : blocks) {
            block[1] = (block[1] + SHRINK * overall) / (block[2] + SHRINK) * block[2];
        }
        blocks = pool(blocks); // shrinking can break monotonicity between blocks of different sizes
        double[] lowers = new double[blocks.size()];
        double[] rates = new double[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            lowers[b] = blocks.get(b)[0];
            rates[b] = Math.min(1, Math.max(0, blocks.get(b)[1] / blocks.get(b)[2]));
        }
        lowers[0] = Double.NEGATIVE_INFINITY;
        return new Calibration(lowers, rates);
    }

    /**
     * The probability for a raw score: non-decreasing in the score, within 0..1. A score between two fitted blocks
     * gets the lower block's rate (the cautious side).
     */
    public double probability(double score) {
        int at = Arrays.binarySearch(lowerScores, score);
        int block = at >= 0 ? at : Math.max(0, -at - 2);
        return probabilities[block];
    }

    public int blocks() {
        return probabilities.length;
    }

    private static List<double[]> mergeEqualScores(List<double[]> sorted) {
        List<double[]> merged = new ArrayList<>();
        for (double[] block : sorted) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last[0] == block[0]) {
                last[1] += block[1];
                last[2] += block[2];
            } else {
                merged.add(block);
            }
        }
        return merged;
    }

    /** Pool adjacent violators: merges neighbouring blocks until hit rates never decrease. */
    private static List<double[]> pool(List<double[]> blocks) {
        List<double[]> stack = new ArrayList<>();
        for (double[] block : blocks) {
            double[] current = block.clone();
            while (!stack.isEmpty()) {
                double[] last = stack.get(stack.size() - 1);
                if (last[1] / last[2] < current[1] / current[2]) {
                    break;
                }
                stack.remove(stack.size() - 1);
                current = new double[] {last[0], last[1] + current[1], last[2] + current[2]};
            }
            stack.add(current);
        }
        return stack;
    }
}
