package io.runtimeaccess.evaluation.world;

import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.util.HashMap;
import java.util.Map;

/** Locates the generator's synthetic addresses from the {@link World} table: /16 → network and city. */
public final class WorldLocator implements IpLocator {

    private final World world;
    private final Map<Prefix, NetworkLocation> locations = new HashMap<>();

    public WorldLocator(World world) {
        this.world = world;
        for (Prefix p : world.prefixes()) {
            City c = p.city();
            Network n = p.network();
            locations.put(p, new NetworkLocation(c.country(), c.region(), c.name(), n.asn(), n.name(), c.latitude(),
                    c.longitude(), n.hosting(), n.mobile()));
        }
    }

    @Override
    public NetworkLocation locate(String ip) {
        Prefix p = world.prefixOf(ip);
        return p == null ? NetworkLocation.UNKNOWN : locations.get(p);
    }
}
