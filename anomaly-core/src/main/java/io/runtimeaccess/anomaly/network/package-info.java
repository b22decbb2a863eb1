/**
 * Where a sign-in comes from: detection 2, {@link NewNetwork} (a country, ASN or /24 new for the user), and
 * detection 3, {@link ImpossibleTravel} (consecutive sign-ins further apart than anyone can travel in between).
 * Addresses are located offline through {@link IpLocator}; {@code RangeTableLocator} implements it over the
 * ip-location-db range tables, and the location record itself is in the observation package. {@code AsnMobility}
 * learns from the realm's own sign-ins which ASNs are mobile carriers whose locations do not follow their users.
 */
package io.runtimeaccess.anomaly.network;
