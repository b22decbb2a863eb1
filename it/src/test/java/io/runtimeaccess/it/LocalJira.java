package io.runtimeaccess.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stand-in for Jira in the test JVM, on 127.0.0.1 and a free port: it records every request exactly as it arrived
 * (method, path with query, headers, body) and answers what the test scripted, per method, in order; once a script
 * is used up, the method's last answer is repeated. No real Jira is reachable where the tests run.
 */
final class LocalJira implements AutoCloseable {

    /** One request as received; header names in lower case. */
    record Received(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new TreeMap<>();

    LocalJira() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds an answer to the method's script. */
    synchronized LocalJira answer(String method, int status, String body) {
        scripts.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Answer(status, body));
        return this;
    }

    /** Replaces the method's script by one answer. */
    synchronized LocalJira answerAlways(String method, int status, String body) {
        scripts.put(method, new ArrayDeque<>(List.of(new Answer(status, body))));
        return this;
    }

    synchronized List<Received> received(String method) {
        return received.stream().filter(r -> r.method().equals(method)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",",
                values)));
        Answer answer;
        synchronized (this) {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                    body));
            Deque<Answer> script = scripts.get(exchange.getRequestMethod());
            answer = script == null || script.isEmpty() ? new Answer(404, "{}")
                    : script.size() == 1 ? script.peek() : script.poll();
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
