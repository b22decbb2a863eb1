package io.runtimeaccess.anomaly.score;

import java.util.Map;

import io.runtimeaccess.anomaly.state.Level;

/**
 * How new a sign-in's network or device is for the user, before it becomes a reason: the coarsest new
 * level ({@code null} when nothing is new but something else is, like a first VPN), the bits of
 * surprise, the value's share of the realm at that level, and a note for the reason's text.
 */
public final class Novelty {

    public final Level level;
    public double bits;
    public final double share;
    public final String note;
    /** Bits taken off because the other hierarchy is new too and the realm often sees both together. */
    public double pairedDiscount;
    /** Device: the bits before a newer version was taken for the user's browser updating (else {@link #bits}). */
    public double bitsUnlessUpdate;
    /** Device: the browser presented no device id the user's browsers ever presented. */
    public boolean newDeviceId;
    /** Network: bits taken off because the user's own browser (a known device id) signed in. */
    public double knownDeviceDiscount;

    public Novelty(Level level, double bits, double share, String note) {
        this.level = level;
        this.bits = bits;
        this.share = share;
        this.note = note;
        this.bitsUnlessUpdate = bits;
    }

    /** The weight of the reason it makes, or 0 when it is too light to be one. */
    public double weight() {
        double weight = ScoreCard.weightOfBits(bits);
        return weight < ScoreCard.MIN_REASON_WEIGHT ? 0 : weight;
    }

    /** Puts what was taken off its bits into the reason's evidence. */
    public void putDiscounts(Map<String, String> evidence) {
        if (pairedDiscount > 0) {
            evidence.put(Evidence.PAIRED_DISCOUNT_BITS, Evidence.bits(pairedDiscount));
        }
        if (knownDeviceDiscount > 0) {
            evidence.put(Evidence.KNOWN_DEVICE_DISCOUNT_BITS, Evidence.bits(knownDeviceDiscount));
        }
    }

    /** 1 for the hierarchy's top level, 2 below it and so on; 0 when no level is new. */
    public int depth() {
        return level == null ? 0 : level.depth();
    }
}
