package io.runtimeaccess.events.pipeline;

import io.runtimeaccess.anomaly.EventScorer;

/** For tests: every realm is scored by one scorer, and nothing is saved or forgotten. */
public final class SingleRealm implements RealmScorers {

    private final EventScorer scorer;

    public SingleRealm(EventScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public EventScorer of(String realmId) {
        return scorer;
    }

    @Override
    public void saveAll() {
    }

    @Override
    public void forget(String realmId) {
    }

    @Override
    public void forgetUser(String realmId, String userId, boolean inEveryRealm) {
    }
}
