package io.runtimeaccess.anomaly.score;

import io.runtimeaccess.anomaly.state.RealmStats;

/**
 * A new network and a new device at once are not always two independent surprises: someone who starts
 * using a phone also starts using the phone's carrier. The realm counts, for returning sign-ins, at
 * which depth each hierarchy was new (none, first, second or third level), and when both are new the
 * sum of their bits is reduced by their pointwise mutual information,
 * <pre>  PMI(a, b) = log2( P(network new at a, device new at b) / (P(network new at a) · P(device new at b)) )</pre>
 * which is the exact correction from "two surprises" to "one surprise of the pair". Only positive PMI
 * is used (a pair rarer than chance adds nothing) and at most {@value #MAX_DISCOUNT_BITS} bits.
 */
public final class PairedNovelty {

    static final double MAX_DISCOUNT_BITS = 8.0;

    /** Depths 0 (nothing new) to 3 for the network, 0 to 4 for the device. */
    public static final int NETWORK_DEPTHS = 4;
    public static final int DEVICE_DEPTHS = 5;
    public static final int CELLS = NETWORK_DEPTHS * DEVICE_DEPTHS;

    private PairedNovelty() {
    }

    /** Bits to take off the pair (0 unless both are new). */
    public static double discount(RealmStats realm, Novelty network, Novelty device) {
        if (network == null || device == null || network.depth() == 0 || device.depth() == 0) {
            return 0;
        }
        long[] pairs = realm.novelPairs();
        int a = network.depth();
        int b = device.depth();
        double total = 0;
        double row = 0;
        double column = 0;
        for (int i = 0; i < CELLS; i++) {
            total += pairs[i];
        }
        for (int j = 0; j < DEVICE_DEPTHS; j++) {
            row += pairs[a * DEVICE_DEPTHS + j];
        }
        for (int i = 0; i < NETWORK_DEPTHS; i++) {
            column += pairs[i * DEVICE_DEPTHS + b];
        }
        // add-one smoothing on the cells: with no data every ratio is 1 and the PMI 0
        double joint = (pairs[a * DEVICE_DEPTHS + b] + 1) / (total + CELLS);
        double pa = (row + DEVICE_DEPTHS) / (total + CELLS);
        double pb = (column + NETWORK_DEPTHS) / (total + CELLS);
        double pmi = Surprise.log2(joint / (pa * pb));
        return Math.max(0, Math.min(MAX_DISCOUNT_BITS, pmi));
    }

    /** Shares the discount between the two in proportion to their bits. */
    public static void apply(RealmStats realm, Novelty network, Novelty device) {
        double discount = discount(realm, network, device);
        if (discount <= 0) {
            return;
        }
        double total = network.bits + device.bits;
        if (!(total > 0)) {
            return;
        }
        double fromNetwork = discount * network.bits / total;
        double fromDevice = discount - fromNetwork;
        network.pairedDiscount = fromNetwork;
        network.bits = Math.max(0, network.bits - fromNetwork);
        device.pairedDiscount = fromDevice;
        device.bits = Math.max(0, device.bits - fromDevice);
    }

    /** Counts a returning sign-in's pair of depths (after scoring). */
    public static void learn(RealmStats realm, int networkDepth, int deviceDepth) {
        realm.novelPairs()[networkDepth * DEVICE_DEPTHS + deviceDepth]++;
    }
}
