package io.runtimeaccess.anomaly.observation;

/** Kinds of device; {@link #BOT} covers crawlers and scripts. */
public enum DeviceType {
    UNKNOWN("device"),
    DESKTOP("desktop"),
    MOBILE("phone"),
    TABLET("tablet"),
    BOT("bot");

    private final String label;

    DeviceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
