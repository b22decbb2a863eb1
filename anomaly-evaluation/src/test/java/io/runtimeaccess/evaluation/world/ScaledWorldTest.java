package io.runtimeaccess.evaluation.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScaledWorldTest {

    @Test
    void upToTheDefaultRealmTheWorldIsTheBaseOne() {
        assertSame(World.get(), World.forUsers(20));
        assertSame(World.get(), World.forUsers(2000));
        assertSame(World.forUsers(100_000), World.forUsers(99_000));
    }

    @Test
    void aLargerRealmKeepsEveryBaseBlockAndAddsResidentialOnesInProportion() {
        World base = World.get();
        World large = World.forUsers(100_000);
        assertEquals(50, World.residentialFactor(100_000));
        List<Prefix> all = large.prefixes();
        for (int i = 0; i < base.prefixes().size(); i++) {
            Prefix b = base.prefixes().get(i);
            Prefix l = all.get(i);
            assertEquals(b.block(), l.block(), "base block " + i + " moved");
            assertEquals(b.network().asn(), l.network().asn());
            assertEquals(b.city().name(), l.city().name());
        }
        Set<Integer> blocks = new HashSet<>();
        for (Prefix p : all) {
            assertTrue(blocks.add(p.block()), "block given twice: " + p);
        }
        Network telekom = large.network(3320);
        City berlin = large.city("DE", "Berlin");
        assertEquals(2, base.prefixes(base.network(3320), base.city("DE", "Berlin")).size());
        assertEquals(100, large.prefixes(telekom, berlin).size());
        Network carrier = large.network(6805);
        assertEquals(base.prefixes(base.network(6805)).size(), large.prefixes(carrier).size(),
                "carrier NAT pools are not scaled");
        WorldLocator locator = new WorldLocator(large);
        Prefix last = all.get(all.size() - 1);
        assertEquals(last.network().asn(), locator.locate(last.address(3, 4)).asn());
    }
}
