package io.runtimeaccess.anomaly.observation;

/** Operating system families the parser tells apart. */
public enum OsFamily {
    OTHER("Other OS"),
    WINDOWS("Windows"),
    MACOS("macOS"),
    IOS("iOS"),
    ANDROID("Android"),
    LINUX("Linux"),
    CHROME_OS("ChromeOS");

    private final String label;

    OsFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
