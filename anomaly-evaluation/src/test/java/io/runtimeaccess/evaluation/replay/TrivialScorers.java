package io.runtimeaccess.evaluation.replay;

import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Scorers that know nothing, to check the pipeline: a constant one and a seeded random one. Test code only. */
final class TrivialScorers {

    private TrivialScorers() {
    }

    /** Scores every event the same and remembers the order of the calls. */
    static final class Constant implements EventScorer {
        final int score;
        final List<Long> times = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        Constant(int score) {
            this.score = score;
        }

        @Override
        public Assessment assess(UserEvent event) {
            times.add(event.timeMillis());
            ids.add(event.id());
            return new Assessment(event.id(), event.realmId(), event.userId(), event.timeMillis(), score, Severity.NONE,
                    List.of(), List.of(event.id()), "constant");
        }

        @Override
        public Assessment assess(AdminAction action) {
            times.add(action.timeMillis());
            ids.add(action.id());
            return new Assessment(action.id(), action.realmId(), action.adminUserId(), action.timeMillis(), score,
                    Severity.NONE, List.of(), List.of(action.id()), "constant");
        }

        @Override
        public void dismissed(Assessment assessment) {
        }

        @Override
        public byte[] snapshot() {
            return new byte[0];
        }

        @Override
        public void restore(byte[] snapshot) {
        }
    }

    /** Scores every event uniformly at random, 0–100. */
    static final class Random implements EventScorer {
        private final SplittableRandom random;

        Random(long seed) {
            random = new SplittableRandom(seed);
        }

        @Override
        public Assessment assess(UserEvent event) {
            return new Assessment(event.id(), event.realmId(), event.userId(), event.timeMillis(), random.nextInt(101),
                    Severity.NONE, List.of(), List.of(), "random");
        }

        @Override
        public Assessment assess(AdminAction action) {
            return new Assessment(action.id(), action.realmId(), action.adminUserId(), action.timeMillis(),
                    random.nextInt(101), Severity.NONE, List.of(), List.of(), "random");
        }

        @Override
        public void dismissed(Assessment assessment) {
        }

        @Override
        public byte[] snapshot() {
            return new byte[0];
        }

        @Override
        public void restore(byte[] snapshot) {
        }
    }
}
