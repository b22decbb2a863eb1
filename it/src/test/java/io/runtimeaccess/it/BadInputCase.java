package io.runtimeaccess.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One line of the bad-input corpus ({@code bad-input/cases.txt}): a request and the answer it must get.
 * Its expectation is checked here so the test only sends and reports.
 */
record BadInputCase(String name, String method, String path, Expectation expected, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9]+)(?::(\\d+))?}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The corpus, in file order. */
    static List<BadInputCase> load(String resource) {
        List<BadInputCase> cases = new ArrayList<>();
        try (InputStream in = BadInputCase.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static BadInputCase parse(String line) {
        String[] columns = line.split(" \\| ", 4);
        if (columns.length < 3) {
            throw new IllegalArgumentException("a case needs name | METHOD path | expectation: " + line);
        }
        String[] request = columns[1].trim().split(" ", 2);
        String body = columns.length == 4 ? columns[3] : null;
        return new BadInputCase(columns[0].trim(), request[0], request[1], Expectation.parse(columns[2].trim()),
                "\"\"".equals(body) ? "" : body);
    }

    /** {@code text} with fixtures and generated inputs in place of its placeholders. */
    static String expand(String text, Map<String, String> fixtures) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(generate(m.group(1), n, fixtures)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String generate(String what, int n, Map<String, String> fixtures) {
        switch (what) {
            case "chars":
                return "x".repeat(n);
            case "items":
                return IntStream.range(0, n).mapToObj(i -> "{}").collect(Collectors.joining(","));
            case "attrs":
                return IntStream.range(0, n).mapToObj(i -> "\"k" + i + "\":\"v\"").collect(Collectors.joining(","));
            case "roles":
                return IntStream.range(0, n).mapToObj(i -> "\"r" + i + "\"").collect(Collectors.joining(","));
            case "nul":
                return "\u0000";
            case "crlf":
                return "\r\n";
            case "emoji":
                return "\uD83D\uDE80\uD83D\uDD12\uD83D\uDC69\u200D\uD83D\uDCBB";
            case "rtl":
                return "\u05E7\u05D1\u05D5\u05E6\u05EA \u05D1\u05D3\u05D9\u05E7\u05D4";
            default:
                String fixture = fixtures.get(what);
                if (fixture == null) {
                    throw new IllegalArgumentException("unknown placeholder ${" + what + "}");
                }
                return fixture;
        }
    }

    /**
     * What a case must get: one of {@code statuses} (or any 2xx), with a JSON error naming one of
     * {@code names} on a 400, 404 or 409; {@code unchanged} also for a success; {@code contains} in the body.
     */
    record Expectation(Set<Integer> statuses, boolean success, List<String> names, boolean unchanged, String contains) {

        static Expectation parse(String text) {
            String[] tokens = text.split(" ");
            boolean success = "2xx".equals(tokens[0]);
            Set<Integer> statuses = success ? Set.of() : Arrays.stream(tokens[0].split("/")).map(Integer::valueOf)
                    .collect(Collectors.toSet());
            List<String> names = new ArrayList<>();
            boolean unchanged = false;
            String contains = null;
            for (String token : Arrays.copyOfRange(tokens, 1, tokens.length)) {
                if ("unchanged".equals(token)) {
                    unchanged = true;
                } else if (token.startsWith("contains=")) {
                    contains = token.substring("contains=".length());
                } else {
                    names.addAll(Arrays.asList(token.split("/")));
                }
            }
            if (!success && names.isEmpty()) {
                throw new IllegalArgumentException("a refusal must say which field it names: " + text);
            }
            return new Expectation(statuses, success, names, unchanged, contains);
        }

        boolean refusal() {
            return !success;
        }

        /** What is wrong with the answer, or null. */
        String problem(int status, String body, Map<String, String> fixtures) {
            boolean statusOk = success ? status >= 200 && status < 300 : statuses.contains(status);
            if (!statusOk) {
                return "expected " + this + " but got " + status;
            }
            if (contains != null && !body.contains(expand(contains, fixtures))) {
                return "expected the answer to contain " + contains;
            }
            if (success) {
                return null;
            }
            JsonNode json = json(body);
            if (json == null || !json.isObject()) {
                return "expected a JSON error object but got " + status + " " + brief(body);
            }
            if (status == 413) {
                return null;
            }
            // the field the error names, exactly: a substring of the whole body would take "userId" for "id", or any
            // message with "name" in it for the field "name"; an error without a field is matched on its text
            JsonNode field = json.get("field");
            String named = field != null && field.isTextual() ? field.asText() : null;
            String lower = body.toLowerCase(Locale.ROOT);
            for (String name : names) {
                String expected = expand(name, fixtures);
                // a field named as alternatives ("userId or username") names each of them
                if (named != null ? Arrays.asList(named.split(" or ")).contains(expected)
                        : lower.contains(expected.toLowerCase(Locale.ROOT))) {
                    return null;
                }
            }
            return "expected " + status + " naming " + String.join(" or ", names) + " but the error says " + brief(body);
        }

        private static JsonNode json(String body) {
            try {
                return body == null || body.isBlank() ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            String status = success ? "2xx" : statuses.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining("/"));
            return status + (names.isEmpty() ? "" : " naming " + String.join("/", names));
        }
    }

    static String brief(String body) {
        if (body == null) {
            return "(no body)";
        }
        String oneLine = body.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...(" + body.length() + " chars)";
    }
}
