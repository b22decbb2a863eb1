package io.runtimeaccess.evaluation.world;

/**
 * A city of the world table.
 *
 * @param name               the city
 * @param region             its region or state
 * @param country            ISO 3166-1 alpha-2
 * @param latitude           degrees
 * @param longitude          degrees
 * @param utcOffsetMinutes   standard-time offset from UTC (no daylight saving in the simulation)
 */
public record City(String name, String region, String country, double latitude, double longitude,
        int utcOffsetMinutes) {
}
