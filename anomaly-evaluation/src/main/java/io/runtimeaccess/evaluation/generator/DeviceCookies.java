package io.runtimeaccess.evaluation.generator;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The device cookie each browser presents at sign-in (the id the device cookie step reports). A browser
 * keeps its id until the cookie is lost: a private window, cleared cookies, a reinstall. Some people block
 * or clear cookies all the time and present a new id at every sign-in. An attacker's browser never has
 * the victim's id.
 *
 * <p>Drawn from a random stream of its own, so the events themselves are the same with or without ids and
 * the two replays compare like with like.
 */
final class DeviceCookies {

    /** Share of a browser's sign-ins that come without its cookie (private window, cookies cleared). */
    static final double LOSS_PER_SIGN_IN = 0.02;

    /** Share of users whose browsers never keep the cookie. */
    static final double BLOCKING_USERS = 0.03;

    private static final long STREAM = 0x5EED_C00C_1E5L;

    private final SplittableRandom random;
    private final Map<SimUser, Boolean> blocking = new IdentityHashMap<>();
    private final Map<Device, String> current = new IdentityHashMap<>();
    private long issued;

    DeviceCookies(long seed) {
        this.random = new SplittableRandom(seed ^ STREAM);
    }

    /** The id the user's browser on this device presents now (a new one if it lost or never had its cookie). */
    String benign(SimUser user, Device device) {
        boolean blocks = blocking.computeIfAbsent(user, u -> random.nextDouble() < BLOCKING_USERS);
        String id = current.get(device);
        if (id == null || blocks || random.nextDouble() < LOSS_PER_SIGN_IN) {
            id = fresh();
            current.put(device, id);
        }
        return id;
    }

    /** An id nobody presented before: an attacker's browser. */
    String fresh() {
        return "d" + Long.toString(++issued, 36);
    }
}
