package io.runtimeaccess.evaluation.world;

/**
 * An autonomous system of the world table. The numbers and names are public facts used as labels; the
 * address ranges the simulation gives them ({@link Prefix}) are synthetic.
 *
 * @param asn      the AS number
 * @param name     the AS organization's name
 * @param country  where it serves (for hosting providers: where it is registered)
 * @param kind     what it is used for
 */
public record Network(long asn, String name, String country, NetworkKind kind) {

    public boolean hosting() {
        return kind == NetworkKind.HOSTING;
    }

    public boolean mobile() {
        return kind == NetworkKind.MOBILE;
    }
}
