package io.runtimeaccess.anomaly.spray;

/**
 * What a failed sign-in is grouped by to find one source failing for many users. Wider sources see more
 * honest failures, so they need more distinct failing users: {@code thresholdFactor} times the setting
 * {@code sprayMinDistinctUsers}, and always {@link PasswordSpray#OVER_USUAL} times their own usual count.
 */
public enum SourceKind {
    IP(1.0, "address"),
    NETWORK(1.5, "network"),
    ASN(3.0, "network operator"),
    AGENT(3.0, "user agent");

    private final double thresholdFactor;
    private final String label;

    SourceKind(double thresholdFactor, String label) {
        this.thresholdFactor = thresholdFactor;
        this.label = label;
    }

    public double thresholdFactor() {
        return thresholdFactor;
    }

    public String label() {
        return label;
    }
}
