package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.network.AsnMobility;
import io.runtimeaccess.anomaly.spray.RealmFailures;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.RealmStats;

/** One realm's shared state: what is common there, and its failure rate. */
final class Realm {

    final String id;
    /** {@link Hashing#hash64(CharSequence)} of the id, mixed into every per-user and per-source key. */
    final long key;
    final RealmStats stats = new RealmStats();
    final RealmFailures failures = new RealmFailures();
    /** Which ASNs' locations do not follow their users here (mobile carriers, whatever their name). */
    final AsnMobility mobility = new AsnMobility();

    Realm(String id) {
        this.id = id;
        this.key = Hashing.hash64(id);
    }

    long bytes() {
        return 56 + stats.bytes() + failures.bytes() + mobility.bytes();
    }
}
