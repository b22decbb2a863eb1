package io.runtimeaccess.anomaly.support;

import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up internet for tests: countries with a centre and a UTC offset, each with home ISPs, a mobile
 * carrier and hosting providers. Every network operator (ASN) owns one IPv4 /16, {@code a.b.0.0/16},
 * so an address's location is an array lookup.
 */
public final class TestWorld implements IpLocator {

    public enum Kind { HOME, MOBILE, HOSTING, OFFICE }

    public record Country(String code, double latitude, double longitude, int utcOffset) {
    }

    public record Operator(int index, long asn, Country country, String org, Kind kind) {
        /** An address in this operator's /16: third octet = subnet, fourth = host. */
        public String address(int subnet, int host) {
            return (FIRST_OCTET + index / 200) + "." + (index % 200) + "." + (subnet & 0xFF) + "." + (host & 0xFF);
        }
    }

    static final int FIRST_OCTET = 11;

    public static final Country DE = new Country("DE", 51.0, 10.0, 1);
    public static final Country FR = new Country("FR", 46.5, 2.5, 1);
    public static final Country GB = new Country("GB", 52.5, -1.5, 0);
    public static final Country US = new Country("US", 39.0, -95.0, -6);
    public static final Country AT = new Country("AT", 47.6, 14.1, 1);
    public static final Country BR = new Country("BR", -14.2, -51.9, -3);
    public static final Country JP = new Country("JP", 36.2, 138.3, 9);
    public static final Country IN = new Country("IN", 21.0, 78.0, 5);
    public static final Country NG = new Country("NG", 9.1, 8.7, 1);
    public static final Country RU = new Country("RU", 55.8, 37.6, 3);
    public static final Country CN = new Country("CN", 35.9, 104.2, 8);
    public static final Country ES = new Country("ES", 40.4, -3.7, 1);
    public static final Country IT = new Country("IT", 41.9, 12.6, 1);
    public static final Country NL = new Country("NL", 52.1, 5.3, 1);
    public static final Country PL = new Country("PL", 51.9, 19.1, 1);
    public static final Country CA = new Country("CA", 56.1, -106.3, -5);
    public static final Country AU = new Country("AU", -25.3, 133.8, 10);
    public static final Country ZA = new Country("ZA", -30.6, 22.9, 2);
    public static final Country MX = new Country("MX", 23.6, -102.6, -6);
    public static final Country KR = new Country("KR", 35.9, 127.8, 9);

    public static final List<Country> COUNTRIES = List.of(DE, FR, GB, US, AT, BR, JP, IN, NG, RU, CN, ES, IT, NL, PL,
            CA, AU, ZA, MX, KR);

    private final List<Operator> operators = new ArrayList<>();
    private final NetworkLocation[] bySlash16 = new NetworkLocation[256 * 256];
    private final Operator[] operatorBySlash16 = new Operator[256 * 256];

    public TestWorld() {
        for (Country country : COUNTRIES) {
            for (int i = 0; i < 4; i++) {
                add(country, Kind.HOME, country.code() + " Home ISP " + i);
            }
            for (int i = 0; i < 2; i++) {
                add(country, Kind.MOBILE, country.code() + " Mobile " + i);
            }
            for (int i = 0; i < 2; i++) {
                add(country, Kind.HOSTING, country.code() + " Hosting " + i);
            }
            add(country, Kind.OFFICE, country.code() + " Business Fibre");
        }
    }

    private void add(Country country, Kind kind, String org) {
        int index = operators.size();
        Operator operator = new Operator(index, 64_500L + index, country, org, kind);
        operators.add(operator);
        int slash16 = (FIRST_OCTET + index / 200) * 256 + index % 200;
        operatorBySlash16[slash16] = operator;
        bySlash16[slash16] = new NetworkLocation(country.code(), null, null, operator.asn(), org, country.latitude(),
                country.longitude(), kind == Kind.HOSTING, kind == Kind.MOBILE);
    }

    @Override
    public NetworkLocation locate(String ip) {
        long v4 = IpAddresses.ipv4(ip);
        if (v4 < 0) {
            return NetworkLocation.UNKNOWN;
        }
        NetworkLocation location = bySlash16[(int) (v4 >>> 16)];
        return location == null ? NetworkLocation.UNKNOWN : location;
    }

    public List<Operator> operators() {
        return operators;
    }

    public Operator operator(Country country, Kind kind, int which) {
        int seen = 0;
        for (Operator operator : operators) {
            if (operator.country() == country && operator.kind() == kind) {
                if (seen++ == which) {
                    return operator;
                }
            }
        }
        throw new IllegalArgumentException(country + " " + kind + " " + which);
    }

    public Operator operator(Country country, Kind kind, Random random) {
        int count = kind == Kind.HOME ? 4 : kind == Kind.OFFICE ? 1 : 2;
        return operator(country, kind, random.nextInt(count));
    }
}
