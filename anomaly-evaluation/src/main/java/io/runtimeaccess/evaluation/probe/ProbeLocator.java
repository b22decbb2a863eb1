package io.runtimeaccess.evaluation.probe;

import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import java.util.HashMap;
import java.util.Map;

/**
 * The world's locator, plus /24s handed out for probes: each lies in a /16 the world table does not
 * use, so no generated event ever came from it, and is located where the probe says (a network in a
 * city), exactly as the world's own addresses of that network and city are.
 */
public final class ProbeLocator implements IpLocator {

    private final World world;
    private final IpLocator base;
    private final Map<Integer, NetworkLocation> probes = new HashMap<>();
    private int block = 256; // 1.0.0.0/16 onwards
    private int third = 256;

    public ProbeLocator(World world, IpLocator base) {
        this.world = world;
        this.base = base;
    }

    /** An address in a fresh /24, located at the prefix's network and city. */
    public String fresh(Prefix like) {
        if (third > 255) {
            do {
                block++;
            } while (world.prefix(block) != null);
            third = 0;
        }
        int net = (block << 8) | third++;
        City c = like.city();
        Network n = like.network();
        probes.put(net, new NetworkLocation(c.country(), c.region(), c.name(), n.asn(), n.name(), c.latitude(),
                c.longitude(), n.hosting(), n.mobile()));
        return (net >>> 16) + "." + ((net >>> 8) & 0xFF) + "." + (net & 0xFF) + ".77";
    }

    @Override
    public NetworkLocation locate(String ip) {
        int net = SaturationProbe.slash24(ip);
        NetworkLocation probe = net < 0 ? null : probes.get(net);
        return probe != null ? probe : base.locate(ip);
    }
}
