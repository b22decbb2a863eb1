package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import java.util.SplittableRandom;

/**
 * A few users ({@value #SHARE} of them) switch to a night shift in the middle of the simulation and keep
 * it to the end: from their switch day on, every sign-in falls around a night hour (22:00 to 02:00 local)
 * instead of their usual peaks. Their sign-ins are labelled {@link Scenario#BENIGN_NIGHT_SHIFT} with the
 * user as the label's campaign, so the report can count users, not just events.
 *
 * <p>Drawn from a random stream of its own, so the rest of the dataset is the same with or without it.
 */
final class NightShifts {

    /** Share of the users who switch. */
    static final double SHARE = 0.02;

    private final SplittableRandom random;
    private final int firstDay;
    private final int lastDay;

    NightShifts(GeneratorSettings settings) {
        this.random = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + 0x4E16L);
        // at least a few weeks of day history first, and at least two weeks of night shift after
        this.lastDay = Math.max(settings.warmupDays() + 1, settings.days() / 2);
        this.firstDay = Math.max(settings.warmupDays(), lastDay - 7);
    }

    /** Decides whether this user switches, and when and to which night hour. */
    void assign(SimUser u) {
        if (random.nextDouble() < SHARE) {
            u.nightShiftDay = firstDay + random.nextInt(Math.max(1, lastDay - firstDay));
            u.nightPeak = 22 + 4 * random.nextDouble();
        }
    }

    static boolean onShift(SimUser u, int day) {
        return u.nightShiftDay >= 0 && day >= u.nightShiftDay;
    }

    /** A sign-in's minute of the (local) day on the night shift. */
    double minute(SimUser u) {
        return Math.floorMod((long) (u.nightPeak * 60 + random.nextGaussian() * u.peakSd * 60), 1440L);
    }

    static Label label(SimUser u) {
        return new Label(Scenario.BENIGN_NIGHT_SHIFT, null, "night-shift-" + u.number, false);
    }
}
