package io.runtimeaccess.bench;

import io.runtimeaccess.anomaly.network.RangeTableLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookups per second of the range-table locator over the real ip-location-db country and ASN tables,
 * IPv4 and IPv6, as scripts/ip-location.sh downloads them into {@code dir}. Addresses are random, so
 * most binary searches miss the CPU caches (a realm's users cluster in far fewer networks): a third are
 * IPv6 (in a random range of the IPv6 ASN table, so most are located), a tenth IPv4-mapped IPv6 text,
 * the rest IPv4.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RangeTableLocatorBenchmark {

    @Param("ip-location")
    public String dir;

    private RangeTableLocator locator;
    private String[] addresses;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path folder = Path.of(dir);
        try (Reader c4 = open(folder, "asn-country-ipv4.csv"); Reader c6 = open(folder, "asn-country-ipv6.csv");
                Reader a4 = open(folder, "asn-ipv4.csv"); Reader a6 = open(folder, "asn-ipv6.csv")) {
            locator = RangeTableLocator.read(List.of(c4, c6), List.of(a4, a6), List.of());
        }
        System.out.printf("%n%s%n", locator.sizes());
        List<String> ipv6Starts;
        try (var lines = Files.lines(folder.resolve("asn-ipv6.csv"))) {
            ipv6Starts = lines.map(line -> line.substring(0, line.indexOf(','))).filter(a -> a.endsWith("::"))
                    .toList();
        }
        Random random = new Random(42);
        addresses = new String[1 << 16];
        for (int i = 0; i < addresses.length; i++) {
            int kind = random.nextInt(30);
            int v4 = random.nextInt();
            if (kind < 10) {
                // The first address of a random allocated range, the interface identifier random.
                addresses[i] = ipv6Starts.get(random.nextInt(ipv6Starts.size())) + Integer.toHexString(
                        1 + random.nextInt(0xFFFF));
            } else if (kind < 13) {
                addresses[i] = "::ffff:" + dotted(v4);
            } else {
                addresses[i] = dotted(v4);
            }
        }
    }

    private static String dotted(int v4) {
        return (v4 >>> 24) + "." + ((v4 >>> 16) & 0xFF) + "." + ((v4 >>> 8) & 0xFF) + "." + (v4 & 0xFF);
    }

    private static Reader open(Path folder, String file) throws IOException {
        return Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public NetworkLocation locate() {
        String address = addresses[next];
        next = (next + 1) & (addresses.length - 1);
        return locator.locate(address);
    }
}
