package io.runtimeaccess.evaluation.world;

/** What an autonomous system is used for. */
public enum NetworkKind {
    /** A home broadband ISP: one address per household, reassigned now and then. */
    RESIDENTIAL,
    /** A mobile carrier: carrier-grade NAT, the address changes with almost every session. */
    MOBILE,
    /** A business ISP: offices behind NAT. */
    BUSINESS,
    /** A hosting, cloud or VPN provider. */
    HOSTING
}
