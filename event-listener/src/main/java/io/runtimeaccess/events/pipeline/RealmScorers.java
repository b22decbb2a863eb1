package io.runtimeaccess.events.pipeline;

import io.runtimeaccess.anomaly.EventScorer;

/** Each realm's scorer, created on its first event; used only from the pipeline's worker thread. */
public interface RealmScorers {

    EventScorer of(String realmId);

    /** Saves every realm's learned state. */
    void saveAll();

    void forget(String realmId);

    /** A deleted user's learned state goes; for a master-realm user, in every realm (they administer any). */
    void forgetUser(String realmId, String userId, boolean inEveryRealm);
}
