package io.runtimeaccess.evaluation.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.evaluation.generator.Generator;
import io.runtimeaccess.evaluation.generator.GeneratorSettings;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import io.runtimeaccess.evaluation.world.WorldLocator;
import org.junit.jupiter.api.Test;

class SaturationProbeTest {

    @Test
    void probeAddressesAreOutsideTheWorldAndLocatedLikeTheirModel() {
        World world = World.get();
        ProbeLocator locator = new ProbeLocator(world, new WorldLocator(world));
        Prefix like = world.prefixes().get(0);
        String first = locator.fresh(like);
        String second = locator.fresh(like);
        assertEquals(null, world.prefixOf(first), first);
        assertNotEquals(SaturationProbe.slash24(first), SaturationProbe.slash24(second));
        NetworkLocation where = locator.locate(first);
        assertEquals(like.city().country(), where.country());
        assertEquals(like.network().asn(), where.asn());
    }

    /** A realm of 300 users over 3 weeks (seed 5), replayed and probed at most {@code maxProbes} times. */
    private static SaturationProbe.Result probeSmallRealm(int maxProbes) {
        World world = World.get();
        ProbeLocator locator = new ProbeLocator(world, new WorldLocator(world));
        return new SaturationProbe(world, locator, maxProbes).run(Generator.generate(GeneratorSettings.defaults(5, 300, 3)),
                new AnomalyScorer(ScorerSettings.defaults(), locator));
    }

    @Test
    void aSmallRealmIsProbedAndNothingIsSkipped() {
        SaturationProbe.Result result = probeSmallRealm(2000);
        assertTrue(result.tokenProbes() > 20, result.line());
        assertTrue(result.travelProbes() > 200, result.line());
        assertEquals(0, result.tokenSkipped(), result.line());
        assertEquals(0, result.travelSkipped(), result.line());
    }

    /** "At most N users are probed": the stride over the candidates is rounded up, not down. */
    @Test
    void noMoreUsersThanAskedAreProbed() {
        SaturationProbe.Result result = probeSmallRealm(45);
        assertTrue(result.travelProbes() <= 45 && result.tokenProbes() <= 45, result.line());
        assertTrue(result.travelProbes() > 20, result.line());
    }
}
