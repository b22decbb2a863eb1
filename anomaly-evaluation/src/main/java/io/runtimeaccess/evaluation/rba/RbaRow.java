package io.runtimeaccess.evaluation.rba;

/**
 * One login attempt in the column layout of the public RBA dataset (Wiefling et al., "Pump up password
 * security! Evaluating and enhancing risk-based authentication on a real-world large-scale online
 * service", 2022). Text columns that are empty in the file are {@code null} here.
 *
 * @param index            the row's index (first, unnamed column of the file)
 * @param timeMillis       Login Timestamp, read as UTC, in epoch milliseconds
 * @param userId           User ID
 * @param rttMillis        Round-Trip Time [ms], or {@code -1} when the cell is empty
 * @param ip               IP Address
 * @param country          Country (ISO 3166-1 alpha-2)
 * @param region           Region
 * @param city             City
 * @param asn              ASN, or 0 when empty
 * @param userAgent        User Agent String
 * @param browser          Browser Name and Version
 * @param os               OS Name and Version
 * @param deviceType       Device Type (desktop, mobile, tablet, bot, unknown)
 * @param loginSuccessful  Login Successful
 * @param attackIp         Is Attack IP
 * @param accountTakeover  Is Account Takeover
 */
public record RbaRow(long index, long timeMillis, String userId, int rttMillis, String ip, String country,
        String region, String city, long asn, String userAgent, String browser, String os, String deviceType,
        boolean loginSuccessful, boolean attackIp, boolean accountTakeover) {
}
