package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core, the accessibility engine the console's build installs (admin-ui's devDependency), run in the
 * page the browser shows. Only serious and critical violations fail a test; the others are printed.
 */
final class Axe {

    static final Path SCRIPT = Paths.get(System.getProperty("runtimeaccess.axe",
            "../admin-ui/node_modules/axe-core/axe.min.js"));
    private static String source;

    private Axe() {
    }

    /** Runs axe on the whole page and fails on any serious or critical violation, naming rules and targets. */
    static void check(ConsoleBrowser browser, String page) {
        browser.script(source());
        Object result = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('failed: ' + e); });");
        String json = String.valueOf(result);
        assertTrue(json.startsWith("["), "axe-core did not run on " + page + ": " + json);
        List<String> blocking = new ArrayList<>();
        for (JsonNode violation : Oidc.json(json)) {
            String impact = violation.path("impact").asText();
            String line = impact + " " + violation.path("id").asText() + " (" + violation.path("help").asText()
                    + ") at " + targets(violation);
            if (impact.equals("serious") || impact.equals("critical")) {
                blocking.add(line);
            } else {
                System.out.println("axe " + page + ": " + line);
            }
        }
        assertEquals(List.of(), blocking, "serious or critical accessibility violations on " + page);
    }

    private static List<String> targets(JsonNode violation) {
        List<String> targets = new ArrayList<>();
        violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
        return targets;
    }

    private static synchronized String source() {
        if (source == null) {
            assertTrue(Files.isRegularFile(SCRIPT), "axe-core is missing at " + SCRIPT.toAbsolutePath()
                    + ": build admin-ui first (its npm install brings axe-core) in the same reactor");
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
