package io.runtimeaccess.anomaly.observation;

import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.Level;

/**
 * One event in the scorer's terms, computed once and read by every detection: the time split into
 * day, hour and weekday, the address as keys, the location as table values and the parsed user agent.
 * The scorer reuses one instance, so reading an event allocates nothing here.
 */
public final class Observation {

    public long millis;
    public long day;
    public int hour;
    public int weekday;

    public String ip;
    public long addressKey;
    public int network;

    public NetworkLocation location = NetworkLocation.UNKNOWN;
    public int country;
    public int asn;
    public boolean hosting;
    /** The address is a mobile carrier's (see {@link NetworkLocation#mobile()}). */
    public boolean mobile;

    /** The parsed User-Agent, or {@code null} when the event had none. */
    public UserAgent agent;
    public String userAgentText;

    /** The device id the sign-in carried (a digest of the device cookie), or {@code null}; and its key (0 if none). */
    public String deviceId;
    public int deviceKey;

    public void read(long millis, String ip, NetworkLocation location, UserAgent agent, String userAgentText) {
        this.millis = millis;
        this.day = UtcClock.day(millis);
        this.hour = UtcClock.hour(millis);
        this.weekday = UtcClock.weekday(millis);
        this.ip = ip;
        this.addressKey = IpAddresses.addressKey(ip);
        this.network = IpAddresses.network(ip);
        this.location = location;
        this.country = CountryCodes.pack(location.country());
        this.asn = (int) location.asn();
        this.hosting = location.hosting();
        this.mobile = location.mobile();
        this.agent = agent;
        this.userAgentText = userAgentText;
    }

    public void readDeviceId(String deviceId) {
        this.deviceId = deviceId == null || deviceId.isEmpty() ? null : deviceId;
        this.deviceKey = this.deviceId == null ? 0 : Hashing.nonZero32(Hashing.hash64(this.deviceId));
    }

    public int dayStamp() {
        return (int) day;
    }

    public boolean hasCoordinates() {
        return location.hasCoordinates();
    }

    /** This event's value at a level (0 for a device level without a user agent). */
    public int value(Level level) {
        switch (level) {
            case COUNTRY:
                return country;
            case ASN:
                return asn;
            case NETWORK:
                return network;
            case PLATFORM:
                return agent == null ? 0 : agent.platformKey();
            case FAMILY:
                return agent == null ? 0 : agent.familyKey();
            case BROWSER:
                return agent == null ? 0 : agent.browserKey();
            default:
                return agent == null ? 0 : agent.headerKey();
        }
    }

    /** The value of the level above (0 at the top), the parent in the realm's counts. */
    public int parentValue(Level level) {
        switch (level) {
            case ASN:
                return country;
            case NETWORK:
                return asn;
            case FAMILY:
                return value(Level.PLATFORM);
            case BROWSER:
                return value(Level.FAMILY);
            case AGENT:
                return value(Level.BROWSER);
            default:
                return 0;
        }
    }
}
