package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where attackers come from: an address block of a kind in a city, or a botnet's residential or mobile
 * address anywhere. Draws from the generator's random stream, so the order of calls is part of the dataset.
 */
final class AttackerAddresses {

    private final SplittableRandom random;
    private final World world;

    AttackerAddresses(Generator generator) {
        this.random = generator.random;
        this.world = generator.world;
    }

    Prefix prefixIn(City city, NetworkKind kind) {
        List<Prefix> candidates = new ArrayList<>();
        for (Network n : world.networks(city.country(), kind)) {
            candidates.addAll(world.prefixes(n, city));
        }
        if (candidates.isEmpty()) {
            for (Network n : world.networks(city.country(), NetworkKind.RESIDENTIAL)) {
                candidates.addAll(world.prefixes(n, city));
            }
        }
        if (candidates.isEmpty()) {
            for (Network n : world.networks(city.country(), NetworkKind.MOBILE)) {
                candidates.addAll(world.prefixesIn(n, city.country()));
            }
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** A residential or mobile address anywhere: the kind a botnet or residential proxy has. */
    Prefix botnetPrefix() {
        City city = world.cities().get(random.nextInt(world.cities().size()));
        return prefixIn(city, random.nextDouble() < 0.7 ? NetworkKind.RESIDENTIAL : NetworkKind.MOBILE);
    }
}
