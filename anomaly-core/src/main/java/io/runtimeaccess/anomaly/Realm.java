package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.network.AsnMobility;
import io.runtimeaccess.anomaly.spray.CredentialCampaign;
import io.runtimeaccess.anomaly.spray.RealmFailures;
import io.runtimeaccess.anomaly.spray.RealmTraffic;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.RealmStats;

/** One realm's shared state: what is common there, and its failure rate. */
final class Realm {

    final String id;
    /** {@link Hashing#hash64(CharSequence)} of the id, mixed into every per-user and per-source key. */
    final long key;
    final RealmStats stats;
    final RealmFailures failures = new RealmFailures();
    /** Which ASNs' locations do not follow their users here (mobile carriers, whatever their name). */
    final AsnMobility mobility = new AsnMobility();
    /** Sign-in traffic and the campaign it shows; relearned after a restart (not in the snapshot). */
    final RealmTraffic traffic = new RealmTraffic();
    final CredentialCampaign.State campaign = new CredentialCampaign.State();

    /** {@code activeUsers}: the scorer's profiles now, which bound the realm's counts table (see {@link RealmStats}). */
    Realm(String id, java.util.function.IntSupplier activeUsers) {
        this.id = id;
        this.stats = new RealmStats(activeUsers);
        this.key = Hashing.hash64(id);
    }

    long bytes() {
        return 64 + stats.bytes() + failures.bytes() + mobility.bytes() + traffic.bytes() + 32;
    }
}
