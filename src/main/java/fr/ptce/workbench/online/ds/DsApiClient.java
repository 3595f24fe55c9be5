package fr.ptce.workbench.online.ds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends one GraphQL document to DS's API v2 ({@code POST}, JSON, {@code Authorization: Bearer <token>}) and returns
 * its {@code data}. Rate limits (HTTP 429) are waited out as {@code Retry-After} asks, at most {@link #MAX_WAITS}
 * times and {@link #MAX_WAIT} each; every other failure is a {@link DsApiException} with a French message. The token
 * is sent and never written anywhere, messages included.
 */
public final class DsApiClient {

    /** DS's endpoint. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://www.demarches-simplifiees.fr/api/v2/graphql");

    /** How many HTTP 429 answers one request waits out before giving up. */
    public static final int MAX_WAITS = 3;

    /** The longest wait for one 429, whatever Retry-After asks. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final String TOKEN_HELP = "créez un jeton dans démarches-simplifiées, «\u00a0Mon profil ›"
            + " Jetons d'API\u00a0» (compte administrateur de la démarche), puis passez-le par --token-file ou la"
            + " variable d'environnement DS_API_TOKEN";

    /** Waits between two tries; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String token;
    private final HttpClient http;
    private final Sleeper sleeper;

    public DsApiClient(URI endpoint, String token, Sleeper sleeper) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.token = Objects.requireNonNull(token, "token");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A client that really sleeps. */
    public DsApiClient(URI endpoint, String token) {
        this(endpoint, token, duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * Runs the document with these variables.
     *
     * @return the answer's {@code data}
     * @throws DsApiException when DS refuses, fails or cannot be reached
     */
    public JsonNode execute(DsQuery query, Map<String, Object> variables) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(query, variables), StandardCharsets.UTF_8))
                .build();
        for (int waits = 0; ; waits++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status == 429) {
                if (waits >= MAX_WAITS) {
                    throw new DsApiException(
                            DsApiException.Reason.RATE_LIMITED,
                            "démarches-simplifiées limite le nombre de requêtes (HTTP 429) et refuse encore après "
                                    + MAX_WAITS + " attentes\u00a0: réessayez dans quelques minutes.");
                }
                pause(retryAfter(response));
                continue;
            }
            return data(status, response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DsApiException(
                    DsApiException.Reason.CONNECTION,
                    "démarches-simplifiées ne répond pas (délai dépassé)\u00a0: réessayez plus tard.",
                    e);
        } catch (IOException e) {
            throw new DsApiException(
                    DsApiException.Reason.CONNECTION,
                    "connexion à démarches-simplifiées impossible ou coupée (" + endpoint.getHost()
                            + ")\u00a0: vérifiez la connexion à Internet et réessayez.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DsApiException(DsApiException.Reason.CONNECTION, "requête interrompue.", e);
        }
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DsApiException(DsApiException.Reason.RATE_LIMITED, "attente interrompue.", e);
        }
    }

    /** The wait a 429 asks: Retry-After in seconds or as an HTTP date, bounded by {@link #MAX_WAIT}. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        Duration wait = DEFAULT_WAIT;
        if (value.matches("\\d{1,9}")) {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } else if (!value.isEmpty()) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
            } catch (DateTimeParseException ignored) {
                wait = DEFAULT_WAIT;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static JsonNode data(int status, String body) {
        if (status == 401 || status == 403) {
            throw new DsApiException(
                    DsApiException.Reason.UNAUTHORIZED,
                    "jeton d'API refusé par démarches-simplifiées (HTTP " + status + ")\u00a0: " + TOKEN_HELP + ".");
        }
        if (status >= 500) {
            throw new DsApiException(
                    DsApiException.Reason.SERVER,
                    "démarches-simplifiées répond par une erreur de son serveur (HTTP " + status
                            + ")\u00a0: réessayez plus tard.");
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new DsApiException(
                    DsApiException.Reason.INVALID_RESPONSE,
                    "réponse illisible de démarches-simplifiées (HTTP " + status + ", pas du JSON)\u00a0: vérifiez"
                            + " l'adresse de l'API (--api-url).",
                    e);
        }
        JsonNode errors = answer == null ? null : answer.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            throw new DsApiException(
                    DsApiException.Reason.GRAPHQL,
                    "démarches-simplifiées refuse la requête\u00a0: " + messages(errors)
                            + " (vérifiez le numéro de la démarche et que le jeton y donne accès).");
        }
        if (status != 200 || answer == null || !answer.path("data").isObject()) {
            throw new DsApiException(
                    DsApiException.Reason.INVALID_RESPONSE,
                    "réponse inattendue de démarches-simplifiées (HTTP " + status + ", sans données)\u00a0: vérifiez"
                            + " l'adresse de l'API (--api-url).");
        }
        return answer.get("data");
    }

    private static String messages(JsonNode errors) {
        List<String> messages = new ArrayList<>();
        errors.forEach(error -> messages.add("«\u00a0" + error.path("message").asText("?") + "\u00a0»"));
        return String.join(", ", messages);
    }

    private static String body(DsQuery query, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query.text());
        body.set("variables", JSON.valueToTree(variables));
        return body.toString();
    }
}
