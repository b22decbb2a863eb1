package io.runtimeaccess.evaluation.dataset;

import io.runtimeaccess.anomaly.finding.Detection;

/**
 * Where an event comes from: one benign population or one attacker model. An attack scenario names the
 * detection that usually explains its events ({@link #cause()}); the generator writes the cause per event
 * and may name another where the attacker changed something else (a targeted attacker whose header the
 * victim already sent changed only the network; a naive attacker farther than a jet could fly since the
 * victim's last sign-in is impossible travel).
 */
public enum Scenario {
    BENIGN_HOME(false, "home network", null),
    BENIGN_MOBILE(false, "mobile carrier", null),
    BENIGN_OFFICE(false, "office NAT", null),
    BENIGN_TRAVEL(false, "travel", null),
    BENIGN_VPN(false, "own VPN", null),
    BENIGN_NEW_DEVICE(false, "new device", null),
    BENIGN_CLIENT(false, "client backend token", null),
    BENIGN_ADMIN(false, "routine admin work", null),
    /** Sign-ins (and their tokens) of users who switched to a night shift, from the day they switched. */
    BENIGN_NIGHT_SHIFT(false, "night shift", null),

    NAIVE_ATO(true, "naive takeover", Detection.NEW_NETWORK),
    VPN_ATO(true, "VPN takeover", Detection.NEW_NETWORK),
    TARGETED_ATO(true, "targeted takeover", Detection.NEW_DEVICE),
    TARGETED_EXACT_UA_ATO(true, "targeted takeover, victim's own user agent", Detection.NEW_NETWORK),
    BRUTE_FORCE(true, "brute force", Detection.BRUTE_FORCE),
    PASSWORD_SPRAY(true, "single-source password spray", Detection.PASSWORD_SPRAY),
    DISTRIBUTED_SPRAY(true, "distributed password spray", Detection.DISTRIBUTED_SPRAY),
    TOKEN_THEFT(true, "stolen session token", Detection.TOKEN_ANOMALY),
    TOKEN_THEFT_SAME_COUNTRY_SAME_UA(true, "stolen token, another ISP in the victim's country, victim's header",
            Detection.TOKEN_ANOMALY),
    TOKEN_THEFT_SAME_COUNTRY_OTHER_UA(true, "stolen token, another ISP in the victim's country, another header",
            Detection.TOKEN_ANOMALY),
    TOKEN_THEFT_SAME_COUNTRY_HOSTING(true, "stolen token, a hosting/VPN network in the victim's country",
            Detection.TOKEN_ANOMALY),
    ADMIN_SELF_GRANT(true, "admin grants admin role to self", Detection.PRIVILEGE_ESCALATION),
    ADMIN_GRANT_NEW_IP(true, "admin grant from a new IP", Detection.PRIVILEGE_ESCALATION),
    ADMIN_CREATE_THEN_GRANT_NEW_IP(true, "admin creates an account, then grants it admin, from a new IP",
            Detection.PRIVILEGE_ESCALATION),
    ADMIN_BULK_DELETE(true, "bulk deletes", Detection.BULK_ADMIN_ACTIVITY),
    CREDENTIAL_STUFFING(true, "credential stuffing", Detection.CREDENTIAL_CAMPAIGN),
    SLOW_SPRAY(true, "low-and-slow spray, rotating browsers", Detection.CREDENTIAL_CAMPAIGN),

    /** Rows of a real RBA file: neither attack IP nor takeover. */
    RBA_BENIGN(false, "RBA benign", null),
    /** Rows of a real RBA file from a known attack IP (mostly failed credential stuffing). */
    RBA_ATTACK_IP(true, "RBA attack IP", null),
    /** Rows of a real RBA file labelled as account takeover. */
    RBA_ACCOUNT_TAKEOVER(true, "RBA account takeover", null);

    private final boolean attack;
    private final String title;
    private final Detection cause;

    Scenario(boolean attack, String title, Detection cause) {
        this.attack = attack;
        this.title = title;
        this.cause = cause;
    }

    public boolean attack() {
        return attack;
    }

    public String title() {
        return title;
    }

    /** The detection that should explain this scenario's target events, or {@code null}. */
    public Detection cause() {
        return cause;
    }
}
