package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.LoginLabel;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.rba.RbaRow;
import io.runtimeaccess.evaluation.world.World;
import io.runtimeaccess.evaluation.world.WorldLocator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The generated dataset the generator tests look at, and the rows they pick from it. */
final class SampleDataset {

    static final World WORLD = World.get();
    static final WorldLocator LOCATOR = new WorldLocator(WORLD);
    /** Seed 42, 400 users, 6 weeks: generated once however many test classes look at it. */
    static final Dataset DATA = Generator.generate(GeneratorSettings.defaults(42, 400, 6));

    private SampleDataset() {
    }

    static List<Integer> rowsOf(Scenario... scenarios) {
        Set<Scenario> wanted = Set.of(scenarios);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < DATA.rows().size(); i++) {
            LoginLabel l = DATA.labels().get(i);
            if (wanted.contains(l.label().scenario()) && l.label().target()) {
                list.add(i);
            }
        }
        return list;
    }

    static List<RbaRow> benignSignInsBefore(String user, long time) {
        Predicate<Integer> keep = i -> {
            RbaRow r = DATA.rows().get(i);
            return r.userId().equals(user) && r.timeMillis() < time && r.loginSuccessful()
                    && !DATA.labels().get(i).label().scenario().attack();
        };
        List<RbaRow> list = new ArrayList<>();
        for (int i = 0; i < DATA.rows().size(); i++) {
            if (keep.test(i)) {
                list.add(DATA.rows().get(i));
            }
        }
        return list;
    }

    /** The sign-in that opened each session, by session id. */
    static Map<String, RbaRow> signInsBySession() {
        Map<String, RbaRow> sessions = new HashMap<>();
        for (int i = 0; i < DATA.rows().size(); i++) {
            String session = DATA.labels().get(i).sessionId();
            if (session != null) {
                sessions.put(session, DATA.rows().get(i));
            }
        }
        return sessions;
    }
}
