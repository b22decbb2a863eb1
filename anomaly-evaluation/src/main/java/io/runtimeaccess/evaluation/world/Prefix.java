package io.runtimeaccess.evaluation.world;

/**
 * A synthetic IPv4 /16 given to one network in one city: addresses {@code base.0.0}–{@code base.255.255}.
 *
 * @param network  the AS it belongs to
 * @param city     where its addresses are located
 * @param block    the /16 as a number: the first two octets, {@code a * 256 + b}
 */
public record Prefix(Network network, City city, int block) {

    /** The address with the given third and fourth octet. */
    public String address(int third, int fourth) {
        return (block >>> 8) + "." + (block & 0xFF) + "." + third + "." + fourth;
    }
}
