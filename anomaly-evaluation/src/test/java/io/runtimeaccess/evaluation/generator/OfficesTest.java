package io.runtimeaccess.evaluation.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.world.World;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficesTest {

    @Test
    void oneOfficeUpTo9999UsersThenOnePer5000() {
        assertEquals(1, Offices.count(2000));
        assertEquals(1, Offices.count(9999));
        assertEquals(2, Offices.count(10_000));
        assertEquals(20, Offices.count(100_000));
    }

    @Test
    void eachOfficeHasItsOwnNatAddressAndItsOwnPeople() {
        Offices offices = new Offices(World.get(), 8);
        Set<String> ips = new HashSet<>();
        for (int k = 0; k < offices.size(); k++) {
            ips.add(offices.ip(k));
            assertEquals(offices.city(k), offices.prefix(k).city());
        }
        assertEquals(8, ips.size());
        assertEquals("Berlin", offices.city(0).name());

        Dataset data = Generator.generate(GeneratorSettings.defaults(3, 10_000, 2));
        Map<String, Set<String>> usersByIp = new HashMap<>();
        for (int i = 0; i < data.rows().size(); i++) {
            if (data.labels().get(i).label().scenario() == Scenario.BENIGN_OFFICE) {
                usersByIp.computeIfAbsent(data.rows().get(i).ip(), k -> new HashSet<>()).add(data.rows().get(i).userId());
            }
        }
        assertEquals(2, usersByIp.size(), "two office NATs at 10,000 users: " + usersByIp.keySet());
        Set<String> both = new HashSet<>();
        for (Set<String> users : usersByIp.values()) {
            for (String u : users) {
                assertEquals(true, both.add(u), "a user in two offices: " + u);
            }
        }
    }
}
