package io.runtimeaccess.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Asserts that no Liquibase changeSet of a module changed once it landed: each changeSet's content (whitespace
 * aside) is pinned by a SHA-256 in a file the module's tests keep. A database that ran a changeSet refuses one whose
 * checksum changed (and, were the checksum cleared, never runs what the edit added), so a change goes into a new
 * dated file instead. A new changeSet is pinned by adding the line the failure prints.
 */
public final class ChangeSetPins {

    private ChangeSetPins() {
    }

    /** A module's changelog folder under {@code META-INF/} against its {@code src/test/resources/changesets.pins}. */
    public static void verifyModule(String changelogFolder) {
        verify(Path.of("src/main/resources/META-INF", changelogFolder), Path.of("src/test/resources/changesets.pins"));
    }

    /** Every changeSet of the dated files in {@code changelogs} against the pins in {@code pins} ({@code id sha}). */
    public static void verify(Path changelogs, Path pins) {
        Map<String, String> pinned = read(pins);
        Map<String, String> found = digests(changelogs);
        assertFalse(found.isEmpty(), "no changeSet found in " + changelogs);
        List<String> problems = new ArrayList<>();
        found.forEach((id, digest) -> {
            String pin = pinned.get(id);
            if (pin == null) {
                problems.add("changeSet " + id + " is new: pin it by adding the line '" + id + " " + digest + "' to "
                        + pins);
            } else if (!pin.equals(digest)) {
                problems.add("changeSet " + id + " changed after it landed: restore it and put the change in a new"
                        + " dated file");
            }
        });
        pinned.keySet().stream().filter(id -> !found.containsKey(id))
                .forEach(id -> problems.add("changeSet " + id + " was removed after it landed"));
        assertEquals(List.of(), problems);
    }

    /**
     * Each changeSet's id and the SHA-256 of its content: comments left out and whitespace between elements dropped,
     * other whitespace collapsed, as Liquibase's own checksum ignores them.
     */
    static Map<String, String> digests(Path changelogs) {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(changelogs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setIgnoringComments(true);
                NodeList changeSets = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("changeSet");
                for (int i = 0; i < changeSets.getLength(); i++) {
                    Element changeSet = (Element) changeSets.item(i);
                    digests.put(changeSet.getAttribute("id"), sha256(text(changeSet).replaceAll(">\\s+<", "><")
                            .replaceAll("\\s+", " ").trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the changelogs in " + changelogs, e);
        }
        return digests;
    }

    private static String text(Element element) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }

    private static Map<String, String> read(Path pins) {
        Map<String, String> pinned = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(pins, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && !line.startsWith("#")) {
                    pinned.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no pins at " + pins, e);
        }
        return pinned;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
