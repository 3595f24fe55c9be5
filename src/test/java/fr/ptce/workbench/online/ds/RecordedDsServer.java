package fr.ptce.workbench.online.ds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stand-in for DS's API on an ephemeral local port: it answers each POST with the next recorded reply (JSON files
 * of {@code src/test/resources/fr/ptce/workbench/online/ds/}, synthetic data shaped by DS's schema), and keeps each
 * request's Authorization header and JSON body for the test to check. A reply may cut the connection midway.
 */
public final class RecordedDsServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: a status, headers and a body, or a connection cut after half the body. */
    public record Reply(int status, Map<String, String> headers, String body, boolean cut) {}

    /** What the server received. */
    public record Request(String authorization, JsonNode body) {

        /** The GraphQL operation's variable, {@code null} when absent or null. */
        public String variable(String name) {
            JsonNode value = body.path("variables").get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        public String query() {
            return body.path("query").asText();
        }

        /** The variable {@code input}'s field, for a mutation. */
        public String input(String name) {
            JsonNode value = body.path("variables").path("input").get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        /** Whether the request sends this query file. */
        public boolean sends(DsQuery document) {
            return query().equals(document.text());
        }
    }

    private final HttpServer server;
    private final Deque<Reply> replies;
    private final Function<Request, Reply> responder;
    private final List<Request> requests = new ArrayList<>();

    /** A server that sends these replies in order, then HTTP 500. */
    public RecordedDsServer(Reply... replies) {
        this(null, replies);
    }

    /** A server that picks each reply from the request (operation, variables). */
    public RecordedDsServer(Function<Request, Reply> responder) {
        this(responder, new Reply[0]);
    }

    private RecordedDsServer(Function<Request, Reply> responder, Reply... replies) {
        this.responder = responder;
        this.replies = new ArrayDeque<>(List.of(replies));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v2/graphql", this::answer);
        server.start();
    }

    /** A 200 answer with a recorded JSON file. */
    public static Reply json(String resource) {
        return new Reply(200, Map.of(), resource(resource), false);
    }

    /** An answer with this status and body. */
    public static Reply status(int status, String body) {
        return new Reply(status, Map.of(), body, false);
    }

    /** HTTP 429 with a Retry-After header. */
    public static Reply rateLimited(String retryAfter) {
        return new Reply(429, Map.of("Retry-After", retryAfter), resource("error-rate-limited.json"), false);
    }

    /** The recorded JSON file, but the connection is cut after half of it. */
    public static Reply cutMidway(String resource) {
        return new Reply(200, Map.of(), resource(resource), true);
    }

    public static String resource(String name) {
        try (InputStream in = RecordedDsServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded reply " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/graphql");
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** How many replies are left unsent. */
    public synchronized int unsent() {
        return replies.size();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Reply reply;
        synchronized (this) {
            requests.add(new Request(
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    JSON.readTree(exchange.getRequestBody().readAllBytes())));
            Request request = requests.get(requests.size() - 1);
            if (responder != null) {
                reply = responder.apply(request);
            } else {
                reply = replies.isEmpty() ? status(500, "{\"error\":\"no more recorded replies\"}") : replies.poll();
            }
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(reply.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        if (reply.cut()) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // the rest never comes: the connection is closed under the client's feet
            exchange.getHttpContext().getServer().stop(0);
            return;
        }
        out.write(body);
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
