/**
 * The simulated world the generator places people in: {@link World} is a hand-written table of cities, ISPs,
 * mobile carriers and hosting/VPN providers with synthetic IPv4 /16s (coordinates and AS numbers are public facts,
 * the address ranges are made up). {@link WorldLocator} locates the generator's addresses from it;
 * {@link RowLocator} locates an address where an RBA row says it is, for replays of a CSV file.
 */
package io.runtimeaccess.evaluation.world;
