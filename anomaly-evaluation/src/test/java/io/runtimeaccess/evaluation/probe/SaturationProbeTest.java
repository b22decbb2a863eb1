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

    @Test
    void aSmallRealmIsProbedAndNothingIsSkipped() {
        GeneratorSettings settings = GeneratorSettings.defaults(5, 300, 3);
        World world = World.get();
        ProbeLocator locator = new ProbeLocator(world, new WorldLocator(world));
        SaturationProbe.Result result = new SaturationProbe(world, locator, 2000)
                .run(Generator.generate(settings), new AnomalyScorer(ScorerSettings.defaults(), locator));
        assertTrue(result.tokenProbes() > 20, result.line());
        assertTrue(result.travelProbes() > 200, result.line());
        assertEquals(0, result.tokenSkipped(), result.line());
        assertEquals(0, result.travelSkipped(), result.line());
    }

    /** "At most N users are probed": the stride over the candidates is rounded up, not down. */
    @Test
    void noMoreUsersThanAskedAreProbed() {
        GeneratorSettings settings = GeneratorSettings.defaults(5, 300, 3);
        World world = World.get();
        ProbeLocator locator = new ProbeLocator(world, new WorldLocator(world));
        SaturationProbe.Result result = new SaturationProbe(world, locator, 45)
                .run(Generator.generate(settings), new AnomalyScorer(ScorerSettings.defaults(), locator));
        assertTrue(result.travelProbes() <= 45 && result.tokenProbes() <= 45, result.line());
        assertTrue(result.travelProbes() > 20, result.line());
    }
}
