package io.runtimeaccess.evaluation.generator;

import java.time.Instant;

/**
 * What the generator simulates. The same settings (seed included) always give byte-identical output.
 *
 * @param seed              seed of the one {@link java.util.SplittableRandom} everything is drawn from
 * @param users             accounts in the realm
 * @param weeks             simulated weeks
 * @param startMillis       the first day's midnight, UTC (a Monday)
 * @param warmupDays        days of benign activity only, before the first attack
 * @param officeUsers       users working in the office behind one NAT address (capped at a third of the users)
 * @param admins            realm admins (most of them in the office)
 * @param naive             naive takeovers: random country, ASN and user agent
 * @param vpn               VPN takeovers: the victim's country through a hosting/VPN provider
 * @param targeted          targeted takeovers: the victim's country and ASN, the realm's most common user agent
 * @param targetedExactUa   targeted takeovers with the victim's own current user agent
 * @param bruteForce        brute-force campaigns on one account from many addresses
 * @param spray             single-source password sprays
 * @param distributedSpray  distributed password sprays
 * @param tokenTheft        stolen refresh tokens used from another country
 * @param adminSelfGrant    admins granting an admin role to themselves
 * @param adminGrantNewIp   admin-level grants from an address the admin never used
 * @param adminBulkDelete   bursts of user deletions
 */
public record GeneratorSettings(long seed, int users, int weeks, long startMillis, int warmupDays, int officeUsers,
        int admins, int naive, int vpn, int targeted, int targetedExactUa, int bruteForce, int spray,
        int distributedSpray, int tokenTheft, int adminSelfGrant, int adminGrantNewIp, int adminBulkDelete) {

    /** Monday, 5 January 2026, 00:00 UTC. */
    public static final long DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z").toEpochMilli();

    public GeneratorSettings {
        if (users < 20) {
            throw new IllegalArgumentException("at least 20 users: " + users);
        }
        if (weeks < 2) {
            throw new IllegalArgumentException("at least 2 weeks: " + weeks);
        }
        if (warmupDays < 0 || warmupDays >= weeks * 7 - 1) {
            throw new IllegalArgumentException("warm-up must leave days for attacks: " + warmupDays);
        }
    }

    /**
     * The default mix for a realm of {@code users} accounts: 150 office users (at most a third), 10 admins,
     * and per model a number of attacks that scales with the simulated time (the counts below are for 8
     * weeks and at least 2,000 users; smaller runs get proportionally fewer, at least one each).
     */
    public static GeneratorSettings defaults(long seed, int users, int weeks) {
        double scale = Math.min(1.0, users / 2000.0) * weeks / 8.0;
        return new GeneratorSettings(seed, users, weeks, DEFAULT_START, 7, Math.min(150, users / 3),
                Math.min(10, Math.max(2, users / 100)), n(200, scale), n(200, scale), n(200, scale), n(100, scale),
                n(20, scale), n(10, scale), n(10, scale), n(100, scale), n(10, scale), n(10, scale), n(6, scale));
    }

    /** The same settings with another warm-up (days at the start that are scored and learned, not counted). */
    public GeneratorSettings withWarmupDays(int days) {
        return new GeneratorSettings(seed, users, weeks, startMillis, days, officeUsers, admins, naive, vpn, targeted,
                targetedExactUa, bruteForce, spray, distributedSpray, tokenTheft, adminSelfGrant, adminGrantNewIp,
                adminBulkDelete);
    }

    private static int n(int base, double scale) {
        return Math.max(1, (int) Math.round(base * scale));
    }

    public int days() {
        return weeks * 7;
    }

    public long endMillis() {
        return startMillis + days() * 86_400_000L;
    }
}
