package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@link PermissionRanker} fitted on one snapshot, turning ranked items into proposals with their evidence.
 * Reuses the ranker's workspace: not thread-safe.
 */
public final class PeerModel {

    /** Fewer most-similar users than this and an item is not called an outlier: too little to compare with. */
    static final int MIN_PEERS_FOR_OUTLIER = 5;

    private final SnapshotMatrix columns;
    private final PermissionRanker ranker;
    private final RecommenderSettings settings;
    private final List<String> inputs;
    private final int[] peerHolderScratch;

    PeerModel(SnapshotMatrix columns, RecommenderSettings settings, long seed) {
        this.columns = columns;
        this.settings = settings;
        this.ranker = PermissionRanker.fit(columns.matrix, columns.recommendable, seed);
        this.inputs = inputs(columns);
        this.peerHolderScratch = new int[columns.matrix.permissions()];
    }

    public PermissionRanker ranker() {
        return ranker;
    }

    /** At most {@code limit} additions for the user, at least the settings' minimum confidence; empty if unknown. */
    public List<Proposal> recommend(String userId, int limit) {
        Integer user = columns.userIndex.get(userId);
        if (user == null) {
            return List.of();
        }
        List<Proposal> proposals = new ArrayList<>();
        for (RankedPermission ranked : ranker.rank(user, limit)) {
            if (ranked.confidence() >= settings.minConfidence() && ranked.confidence() > 0) {
                proposals.add(addition(userId, user, ranked));
            }
        }
        return proposals;
    }

    /** Items the user holds that none of their most similar users holds. */
    public List<Proposal> outliers(String userId) {
        Integer user = columns.userIndex.get(userId);
        if (user == null) {
            return List.of();
        }
        ranker.rank(columns.matrix.permissionsOf(user), user, 1);
        return outliersAmongLastPeers(user);
    }

    /**
     * {@link #recommend} and {@link #outliers} from one scoring of the user: the peers that rank the additions
     * are the ones the held items are compared with, so a run scores each user once.
     */
    public List<Proposal> recommendAndFlag(String userId, int limit) {
        Integer user = columns.userIndex.get(userId);
        if (user == null || limit <= 0) {
            return user == null ? List.of() : outliers(userId);
        }
        List<Proposal> proposals = recommend(userId, limit);
        proposals.addAll(outliersAmongLastPeers(user));
        return proposals;
    }

    private List<Proposal> outliersAmongLastPeers(int user) {
        int[] held = columns.matrix.permissionsOf(user);
        int peers = comparablePeers();
        if (peers < MIN_PEERS_FOR_OUTLIER) {
            return List.of();
        }
        for (int i = 0; i < peers; i++) {
            for (int p : columns.matrix.permissionsOf(ranker.neighbour(i))) {
                peerHolderScratch[p]++;
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        UserRecord record = columns.snapshot.users().get(user);
        for (int p : held) {
            if (!columns.isAttribute(p) && peerHolderScratch[p] == 0) {
                // Laplace: with none of n peers holding it, a comparable user holds it with probability ~1/(n+2)
                double confidence = 1 - 1.0 / (peers + 2);
                if (confidence >= settings.minConfidence()) {
                    proposals.add(outlier(record, p, peers, confidence));
                }
            }
        }
        for (int i = 0; i < peers; i++) {
            for (int p : columns.matrix.permissionsOf(ranker.neighbour(i))) {
                peerHolderScratch[p] = 0;
            }
        }
        return proposals;
    }

    /**
     * How many of the most similar users (most similar first) count as comparable: the nearest ten, and beyond
     * them those at least half as similar as the nearest, so that a few users sharing one item do not vouch for it.
     */
    private int comparablePeers() {
        int count = ranker.neighbourCount();
        if (count == 0) {
            return 0;
        }
        double floor = ranker.scorer().neighbourSimilarity(0) / 2;
        int comparable = 0;
        while (comparable < count && (comparable < PeerScorer.NEAR
                || ranker.scorer().neighbourSimilarity(comparable) >= floor)) {
            comparable++;
        }
        return comparable;
    }

    private Proposal addition(String userId, int user, RankedPermission ranked) {
        AccessItem item = columns.items[ranked.permission()];
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("peers", ranked.peers());
        evidence.put("holders", ranked.peerHolders());
        evidence.put("share", share(ranked.peerHolders(), ranked.peers()));
        evidence.put("holdersInRealm", ranked.holders());
        StringBuilder why = new StringBuilder(String.format(Locale.ROOT,
                "held by %d of the %d users most similar to this one in attributes and access (%d %%)",
                ranked.peerHolders(), ranked.peers(), percent(ranked.peerHolders(), ranked.peers())));
        List<String> shared = sharedAttributes(user);
        if (!shared.isEmpty()) {
            evidence.put("attributes", shared);
            why.append(", who share ").append(String.join(" and ", shared));
        }
        if (ranked.antecedent() >= 0) {
            String rule = columns.isAttribute(ranked.antecedent()) ? "users in " + columns.attributeLabel(ranked.antecedent())
                    : "holders of " + columns.items[ranked.antecedent()].label();
            evidence.put("rule", Map.of("from", columns.matrix.permissionName(ranked.antecedent()),
                    "holders", ranked.antecedentHolders(), "together", ranked.together()));
            why.append(String.format(Locale.ROOT, "; %d of the %d %s hold it too", ranked.together(),
                    ranked.antecedentHolders(), rule));
        }
        evidence.put("score", ranked.score());
        return new Proposal(Category.PEER_RECOMMENDATION, ChangeType.ADD, userId, item,
                clamp(ranked.confidence()), why.toString(), evidence, PeerRecommender.MODEL_VERSION, inputs);
    }

    private Proposal outlier(UserRecord record, int permission, int peers, double confidence) {
        AccessItem item = columns.items[permission];
        Holding holding = holding(record, item.key());
        boolean direct = holding == null || holding.direct();
        int holders = ranker.index().holderCount(permission);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("peers", peers);
        evidence.put("holders", 0);
        evidence.put("share", 0.0);
        evidence.put("holdersInRealm", holders);
        String why = String.format(Locale.ROOT,
                "held by none of the %d users most similar to this one in attributes and access (0 %%); %d user%s in the realm hold%s it",
                peers, holders, holders == 1 ? "" : "s", holders == 1 ? "s" : "");
        if (!direct) {
            evidence.put("viaGroupId", holding.viaGroupId());
            evidence.put("viaGroup", holding.viaGroupName() == null ? holding.viaGroupId() : holding.viaGroupName());
            why += "; held through group " + evidence.get("viaGroup") + ", so it needs a review rather than a removal";
        }
        return new Proposal(Category.OUTLIER_ACCESS, direct ? ChangeType.REMOVE : ChangeType.REVIEW, record.id(), item,
                clamp(confidence), why, evidence, PeerRecommender.MODEL_VERSION, inputs);
    }

    /** The user's attribute values that most of the peers just ranked share, e.g. "department Finance". */
    private List<String> sharedAttributes(int user) {
        List<String> shared = new ArrayList<>();
        int peers = ranker.neighbourCount();
        for (int column : columns.matrix.permissionsOf(user)) {
            if (!columns.isAttribute(column)) {
                continue;
            }
            int same = 0;
            for (int i = 0; i < peers; i++) {
                same += java.util.Arrays.binarySearch(columns.matrix.permissionsOf(ranker.neighbour(i)), column) >= 0 ? 1 : 0;
            }
            if (peers > 0 && same * 2 > peers) {
                shared.add(columns.attributeLabel(column));
            }
        }
        return shared;
    }

    private static Holding holding(UserRecord record, String key) {
        Holding found = null;
        for (Holding holding : record.holdings()) {
            if (holding.item().key().equals(key)) {
                if (holding.direct()) {
                    return holding;
                }
                found = holding;
            }
        }
        return found;
    }

    private static List<String> inputs(SnapshotMatrix columns) {
        TreeSet<String> names = new TreeSet<>();
        for (int c = 0; c < columns.items.length; c++) {
            names.add(columns.isAttribute(c) ? SnapshotMatrix.ATTRIBUTE_PREFIX + columns.attributeNames[c]
                    : kindInput(columns.items[c].kind()));
        }
        return List.copyOf(names);
    }

    private static String kindInput(AccessKind kind) {
        return switch (kind) {
            case GRANT -> "grants";
            case END_USER_GROUP -> "end-user-groups";
            case REALM_ROLE -> "realm-roles";
            case CLIENT_ROLE -> "client-roles";
            case GROUP -> "groups";
        };
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static double clamp(double confidence) {
        return Math.min(1, Math.max(0, confidence));
    }
}
