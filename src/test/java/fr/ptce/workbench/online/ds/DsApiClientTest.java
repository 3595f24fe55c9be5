package fr.ptce.workbench.online.ds;

import static fr.ptce.workbench.online.ds.RecordedDsServer.json;
import static fr.ptce.workbench.online.ds.RecordedDsServer.rateLimited;
import static fr.ptce.workbench.online.ds.RecordedDsServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GraphQL client against a local server: the token sent, rate limits waited out, failures in French. */
class DsApiClientTest {

    private static final String TOKEN = "jeton-secret-de-test";

    private final List<Duration> waits = new ArrayList<>();

    private DsApiClient client(RecordedDsServer server) {
        return new DsApiClient(server.endpoint(), TOKEN, waits::add);
    }

    @Test
    void sendsTheQueryFileItsVariablesAndTheTokenAsBearer() {
        try (RecordedDsServer server = new RecordedDsServer(json("dossiers-page2.json"))) {
            JsonNode data = client(server).execute(DsQuery.DOSSIERS, Map.of("demarcheNumber", 12345, "first", 100));

            assertThat(data.path("demarche").path("dossiers").path("nodes").size())
                    .isEqualTo(1);
            RecordedDsServer.Request request = server.requests().get(0);
            assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(request.query()).isEqualTo(DsQuery.DOSSIERS.text());
            assertThat(request.variable("demarcheNumber")).isEqualTo("12345");
        }
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterAsksThenTheRequestSucceeds() {
        try (RecordedDsServer server =
                new RecordedDsServer(rateLimited("7"), rateLimited("600"), json("dossiers-page2.json"))) {
            JsonNode data = client(server).execute(DsQuery.DOSSIERS, Map.of("demarcheNumber", 12345));

            assertThat(data.path("demarche").path("number").asInt()).isEqualTo(12345);
            assertThat(waits).containsExactly(Duration.ofSeconds(7), DsApiClient.MAX_WAIT);
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void aRateLimitThatLastsIsABoundedNumberOfWaitsThenAFrenchRefusal() {
        try (RecordedDsServer server = new RecordedDsServer(
                rateLimited("1"), rateLimited("1"), rateLimited("1"), rateLimited("1"), json("dossiers-page2.json"))) {
            assertThatThrownBy(() -> client(server).execute(DsQuery.DOSSIERS, Map.of()))
                    .isInstanceOfSatisfying(
                            DsApiException.class,
                            e -> assertThat(e.reason()).isEqualTo(DsApiException.Reason.RATE_LIMITED))
                    .hasMessageContaining("HTTP 429")
                    .hasMessageContaining("réessayez");
            assertThat(waits).hasSize(DsApiClient.MAX_WAITS);
            assertThat(server.unsent()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedTokenSaysHowToGetOneWithoutShowingIt() {
        for (int status : new int[] {401, 403}) {
            try (RecordedDsServer server = new RecordedDsServer(status(status, "{\"errors\":[{\"message\":\"x\"}]}"))) {
                assertThatThrownBy(() -> client(server).execute(DsQuery.DOSSIERS, Map.of()))
                        .isInstanceOfSatisfying(
                                DsApiException.class,
                                e -> assertThat(e.reason()).isEqualTo(DsApiException.Reason.UNAUTHORIZED))
                        .hasMessageContaining("HTTP " + status)
                        .hasMessageContaining("Mon profil › Jetons d'API")
                        .hasMessageNotContaining(TOKEN);
            }
        }
    }

    @Test
    void graphqlErrorsServerErrorsAndAnswersThatAreNotJsonAreFrenchRefusals() {
        try (RecordedDsServer server = new RecordedDsServer(
                json("error-demarche.json"), status(502, "<html>Bad gateway</html>"), status(200, "<html>"))) {
            DsApiClient client = client(server);
            assertThatThrownBy(() -> client.execute(DsQuery.DOSSIERS, Map.of()))
                    .isInstanceOfSatisfying(
                            DsApiException.class, e -> assertThat(e.reason()).isEqualTo(DsApiException.Reason.GRAPHQL))
                    .hasMessageContaining("«\u00a0Demarche not found\u00a0»");
            assertThatThrownBy(() -> client.execute(DsQuery.DOSSIERS, Map.of()))
                    .isInstanceOfSatisfying(
                            DsApiException.class, e -> assertThat(e.reason()).isEqualTo(DsApiException.Reason.SERVER))
                    .hasMessageContaining("HTTP 502");
            assertThatThrownBy(() -> client.execute(DsQuery.DOSSIERS, Map.of()))
                    .isInstanceOfSatisfying(
                            DsApiException.class,
                            e -> assertThat(e.reason()).isEqualTo(DsApiException.Reason.INVALID_RESPONSE))
                    .hasMessageContaining("pas du JSON");
        }
    }

    @Test
    void aConnectionCutMidwayIsAConnectionFailure() {
        try (RecordedDsServer server = new RecordedDsServer(RecordedDsServer.cutMidway("dossiers-page1.json"))) {
            assertThatThrownBy(() -> client(server).execute(DsQuery.DOSSIERS, Map.of()))
                    .isInstanceOfSatisfying(
                            DsApiException.class,
                            e -> assertThat(e.reason()).isEqualTo(DsApiException.Reason.CONNECTION))
                    .hasMessageContaining("coupée");
        }
    }
}
