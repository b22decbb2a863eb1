package io.runtimeaccess.bench.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The typeahead timed where the admin sees it: the machine's headless Chromium signs in to the console, opens
 * the Share modal of a solution and types each search text. The page itself notes the time of the last
 * keystroke's input event and of the first frame after the options were rendered, so WebDriver's own round
 * trips are not counted. That time includes the console's 200 ms debounce.
 */
final class ShareModalInBrowser implements AutoCloseable {
    /** One search in the browser: keystroke to options on screen, and how many options were shown. */
    record Sample(TypeaheadQueries.Query query, double millis, long options) {
    }

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Installed once: records the last input event and the frame after the listbox shows the expected options. */
    private static final String WATCH = """
            const input = document.getElementById('share-principal');
            const expected = arguments[0];
            const state = window.__typeahead = {t0: 0, shown: 0, options: -1};
            input.addEventListener('input', () => { state.t0 = performance.now(); });
            const done = () => {
              const options = document.querySelectorAll('#principal-listbox li');
              if (state.shown || input.getAttribute('aria-expanded') !== 'true' || options.length !== expected) return;
              state.options = options.length;
              observer.disconnect();
              requestAnimationFrame(() => { state.shown = performance.now(); });
            };
            const observer = new MutationObserver(done);
            observer.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
            """;

    private final Path profile;
    private final ChromeDriver driver;

    ShareModalInBrowser() throws IOException {
        profile = Files.createTempDirectory("typeahead-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1366,900",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
    }

    /** Signs in as the realm's console admin and opens the solution's Share modal. */
    void openShareModal(String base, String realm, String username, String password, String solutionId) {
        driver.get(base + "/realms/" + realm + "/runtime-access/console/");
        visible(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // Signed in once the app has a heading; the solution's route is a hash route within it.
        visible(By.tagName("h1"));
        script("window.location.hash = arguments[0];", "#/" + realm + "/solutions/" + solutionId);
        click(By.xpath("//button[@role='tab'][normalize-space(.)='Share']"));
        click(By.xpath("//button[not(@role='tab')][normalize-space(.)='Share']"));
        visible(By.id("share-principal"));
    }

    /** Types each text into the empty box, waits for its options, and records the time. */
    List<Sample> type(List<TypeaheadQueries.Query> queries, Map<TypeaheadQueries.Query, Integer> hits) {
        List<Sample> samples = new ArrayList<>();
        for (TypeaheadQueries.Query query : queries) {
            clear();
            // "No users or groups match" is one disabled option.
            long expected = Math.max(1, hits.get(query));
            script(WATCH, expected);
            driver.findElement(By.id("share-principal")).sendKeys(query.text());
            Map<?, ?> state = new WebDriverWait(driver, WAIT, Duration.ofMillis(20))
                    .withMessage(() -> "options for '" + query.text() + "' (expected " + expected + ")")
                    .until(d -> {
                        Map<?, ?> s = (Map<?, ?>) script("return window.__typeahead;");
                        return ((Number) s.get("shown")).doubleValue() > 0 ? s : null;
                    });
            double millis = ((Number) state.get("shown")).doubleValue() - ((Number) state.get("t0")).doubleValue();
            samples.add(new Sample(query, millis, ((Number) state.get("options")).longValue()));
        }
        return samples;
    }

    /** Empties the box and closes the menu, so the next options are the next search's. */
    private void clear() {
        WebElement input = driver.findElement(By.id("share-principal"));
        if (!input.getAttribute("value").isEmpty()) {
            driver.findElement(By.xpath("//button[@aria-label='Clear selection']")).click();
        }
        if ("true".equals(input.getAttribute("aria-expanded"))) {
            // The typeahead takes Escape while its menu is open and keeps it from the modal.
            input.sendKeys(Keys.ESCAPE);
        }
        new WebDriverWait(driver, WAIT, Duration.ofMillis(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement box = d.findElement(By.id("share-principal"));
            return box.getAttribute("value").isEmpty() && !"true".equals(box.getAttribute("aria-expanded"))
                    && d.findElements(By.cssSelector("#principal-listbox li")).isEmpty();
        });
    }

    /** Clicks the element once it shows, finding it again if a re-render replaced it before the click. */
    private void click(By by) {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> by + " at " + driver.getCurrentUrl()).until(d -> {
                    visible(by).click();
                    return true;
                });
    }

    private WebElement visible(By by) {
        // The page re-renders while it loads; an element found just before that is stale, so look again.
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> by + " at " + driver.getCurrentUrl())
                .until((WebDriver d) -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
