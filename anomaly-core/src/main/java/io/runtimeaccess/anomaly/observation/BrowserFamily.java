package io.runtimeaccess.anomaly.observation;

/** Browser families the parser tells apart. {@link #SCRIPT} is an HTTP library or command-line tool. */
public enum BrowserFamily {
    OTHER("Other browser"),
    CHROME("Chrome"),
    FIREFOX("Firefox"),
    SAFARI("Safari"),
    EDGE("Edge"),
    OPERA("Opera"),
    SAMSUNG("Samsung Internet"),
    YANDEX("Yandex Browser"),
    VIVALDI("Vivaldi"),
    UC("UC Browser"),
    INTERNET_EXPLORER("Internet Explorer"),
    ANDROID_BROWSER("Android Browser"),
    SCRIPT("Script");

    private final String label;

    BrowserFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
