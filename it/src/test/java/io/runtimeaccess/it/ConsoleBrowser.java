package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's headless Chromium, driven through its own ChromeDriver: nothing is downloaded (the paths
 * are given, so Selenium Manager never runs), every run starts from an empty profile, and each page can
 * be saved as a PNG under {@code target/console-screenshots/}.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMEDRIVER = Paths.get(System.getProperty("runtimeaccess.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Paths.get(System.getProperty("runtimeaccess.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("target", "console-screenshots");
    static final Duration WAIT = Duration.ofSeconds(15);

    private final Path profile;
    private final ChromeDriverService service;
    final ChromeDriver driver;
    private final List<String> logLines = new ArrayList<>();
    private int screenshots;

    ConsoleBrowser() {
        assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "the browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian packages chromium and chromium-driver)");
        try {
            profile = Files.createTempDirectory("runtime-access-chromium");
            Files.createDirectories(SCREENSHOTS);
            // A run's screenshots are one numbered set; an older run's would mix in.
            try (Stream<Path> old = Files.list(SCREENSHOTS)) {
                for (Path file : (Iterable<Path>) old.filter(f -> f.toString().endsWith(".png"))::iterator) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options(profile));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No network but the test server: no component, sync or QUIC traffic, nor first-run pages.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits up to {@link #WAIT} for {@code condition} to give a non-null, non-false value, retrying through re-renders. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> what + " (at " + driver.getCurrentUrl() + ")")
                .until(condition);
    }

    WebElement visible(String what, By by) {
        return await(what, d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    boolean present(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Signs in at Keycloak's login form, which the console's redirect has opened. */
    void signInAtLoginPage(String username, String password) {
        visible("Keycloak's login form", By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Forgets the Keycloak session (its cookies live on the same origin as the console). */
    void forgetSession() {
        driver.manage().deleteAllCookies();
        script("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    /** Saves the whole window as {@code <nn>-<name>.png} and returns the file. */
    Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++screenshots, name));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Every value in the page's localStorage and sessionStorage, as key=value lines. */
    @SuppressWarnings("unchecked")
    List<String> storage() {
        Object entries = script("var out = [];"
                + "[window.localStorage, window.sessionStorage].forEach(function (s) {"
                + "  for (var i = 0; i < s.length; i++) { out.push(s.key(i) + '=' + s.getItem(s.key(i))); } });"
                + "return out;");
        return (List<String>) entries;
    }

    /** The browser console lines seen so far (read once from the driver, then kept here). */
    List<String> log() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                logLines.add(entry.getLevel() + " " + entry.getMessage());
            }
        } catch (WebDriverException e) {
            throw new AssertionError("the browser log could not be read", e);
        }
        return logLines;
    }

    /** The paint-independent timing of the last navigation: a mark's start and the page's time origin, in ms. */
    @SuppressWarnings("unchecked")
    Map<String, Object> mark(String name) {
        return (Map<String, Object>) script("var m = performance.getEntriesByName(arguments[0], 'mark');"
                + "return m.length ? {start: m[0].startTime, origin: performance.timeOrigin} : null;", name);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless; the next run makes its own.
        }
    }
}
