package io.runtimeaccess.evaluation.replay;

import io.runtimeaccess.evaluation.dataset.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The report's examples, per scenario: the highest-scored benign events and the lowest-scored attack events, a
 * dozen of each, kept in bounded queues while the replay streams past millions of events.
 */
public final class ScoreExamples {

    private static final int KEPT = 12;

    private final Map<Scenario, PriorityQueue<Example>> highestBenign = new EnumMap<>(Scenario.class);
    private final Map<Scenario, PriorityQueue<Example>> lowestAttacks = new EnumMap<>(Scenario.class);

    /** One scored event. */
    public record Example(long timeMillis, Scenario scenario, EventKind kind, int score, String reason) {
    }

    /** The kept benign events of a scenario, highest score first (earlier first among equals). */
    public List<Example> highestBenign(Scenario scenario) {
        return sorted(highestBenign.get(scenario), Comparator.comparingInt(Example::score).reversed());
    }

    /** The kept attack events of a scenario, lowest score first (earlier first among equals). */
    public List<Example> lowestAttacks(Scenario scenario) {
        return sorted(lowestAttacks.get(scenario), Comparator.comparingInt(Example::score));
    }

    private static List<Example> sorted(PriorityQueue<Example> queue, Comparator<Example> order) {
        List<Example> list = queue == null ? new ArrayList<>() : new ArrayList<>(queue);
        list.sort(order.thenComparingLong(Example::timeMillis));
        return list;
    }

    /** Whether a benign event of this score would be kept: asked first, so most events build no example. */
    boolean wouldKeepHighest(Scenario scenario, int score) {
        PriorityQueue<Example> q = highestBenign.get(scenario);
        return q == null || q.size() < KEPT || q.peek().score() < score;
    }

    /** Whether an attack event of this score would be kept. */
    boolean wouldKeepLowest(Scenario scenario, int score) {
        PriorityQueue<Example> q = lowestAttacks.get(scenario);
        return q == null || q.size() < KEPT || q.peek().score() > score;
    }

    void keepHighest(Example e) {
        keep(highestBenign.computeIfAbsent(e.scenario(),
                s -> new PriorityQueue<>(Comparator.comparingInt(Example::score))), e);
    }

    void keepLowest(Example e) {
        keep(lowestAttacks.computeIfAbsent(e.scenario(),
                s -> new PriorityQueue<>(Comparator.comparingInt(Example::score).reversed())), e);
    }

    /** Adds {@code e} and drops the queue's head (the least telling) once more than {@link #KEPT} are held. */
    private static void keep(PriorityQueue<Example> q, Example e) {
        q.add(e);
        if (q.size() > KEPT) {
            q.poll();
        }
    }
}
