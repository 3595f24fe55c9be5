package fr.ptce.workbench.cli.online;

import static fr.ptce.workbench.online.ds.RecordedDsServer.cutMidway;
import static fr.ptce.workbench.online.ds.RecordedDsServer.json;
import static fr.ptce.workbench.online.ds.RecordedDsServer.rateLimited;
import static fr.ptce.workbench.online.ds.RecordedDsServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.cli.CommandLineRun;
import fr.ptce.workbench.online.ds.RecordedDsServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ds sync} against a local server serving recorded DS answers: pages, later syncs, every failure. */
class DsSyncCommandTest {

    private static final String TOKEN = "jeton-de-test-0123456789";

    @TempDir
    Path folder;

    private Path tokenFile;
    private String workspace;

    @BeforeEach
    void tokenAndWorkspace() throws Exception {
        tokenFile = Files.writeString(folder.resolve("jeton.txt"), TOKEN + "\n");
        workspace = folder.resolve("w").toString();
    }

    private CommandLineRun sync(RecordedDsServer server, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "ds",
                "sync",
                "--workspace",
                workspace,
                "--procedure",
                "12345",
                "--token-file",
                tokenFile.toString(),
                "--api-url",
                server.endpoint().toString()));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    private List<String> storedNumbers() throws Exception {
        CommandLineRun run = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> numbers = new ArrayList<>();
        new ObjectMapper()
                .readTree(run.out())
                .forEach(d -> numbers.add(d.get("number").asText()));
        return numbers;
    }

    @Test
    void aFirstSyncReadsEveryPageAndImportsTheDossiersAsAnExportWould() throws Exception {
        try (RecordedDsServer server = new RecordedDsServer(json("dossiers-page1.json"), json("dossiers-page2.json"))) {
            CommandLineRun run = sync(server);

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("3 dossiers — 3 nouveaux").contains("3 dossiers en 2 pages");
            assertThat(run.out() + run.err()).doesNotContain(TOKEN);
            List<RecordedDsServer.Request> requests = server.requests();
            assertThat(requests).extracting(r -> r.variable("after")).containsExactly(null, "MDAy");
            assertThat(requests).extracting(r -> r.variable("updatedSince")).containsOnlyNulls();
            assertThat(requests).extracting(r -> r.variable("first")).containsOnly("100");
        }
        assertThat(storedNumbers()).containsExactlyInAnyOrder("9100001", "9100002", "9100003");
        JsonNode dossiers = new ObjectMapper()
                .readTree(CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json")
                        .out());
        JsonNode scic = null;
        for (JsonNode d : dossiers) {
            if (d.get("number").asText().equals("9100001")) {
                scic = d;
            }
        }
        assertThat(scic.get("legalFormInseeCode").asText()).isEqualTo("5560");
        assertThat(scic.get("legalFormCheck").get("status").asText()).isEqualTo("éligible");
    }

    @Test
    void aLaterSyncAsksOnlyTheDossiersUpdatedSinceAndMarksNoneAbsent() throws Exception {
        OffsetDateTime before = OffsetDateTime.now();
        try (RecordedDsServer server = new RecordedDsServer(
                json("dossiers-page1.json"), json("dossiers-page2.json"), json("dossiers-updated.json"))) {
            assertThat(sync(server).status()).isZero();
            CommandLineRun later = sync(server);

            assertThat(later.status()).as(later.err()).isZero();
            assertThat(later.out())
                    .contains("1 dossier — 0 nouveau, 1 modifié, 0 inchangé, 0 absent")
                    .contains("Synchronisation partielle");
            String since = server.requests().get(2).variable("updatedSince");
            assertThat(OffsetDateTime.parse(since))
                    .isBefore(OffsetDateTime.now().minusMinutes(4))
                    .isAfter(before.minusMinutes(6));
        }
        assertThat(storedNumbers()).hasSize(3);
    }

    @Test
    void allReadsEveryDossierAgainAfterAnEarlierSync() {
        try (RecordedDsServer server = new RecordedDsServer(
                json("dossiers-page2.json"), json("dossiers-page1.json"), json("dossiers-page2.json"))) {
            assertThat(sync(server).status()).isZero();
            CommandLineRun again = sync(server, "--all", "--force");

            assertThat(again.status()).as(again.err()).isZero();
            assertThat(server.requests().get(1).variable("updatedSince")).isNull();
            assertThat(again.out()).contains("3 dossiers — 2 nouveaux").contains("1 inchangé");
        }
    }

    @Test
    void aConnectionCutInTheMiddleOfPage2ImportsNothing() throws Exception {
        try (RecordedDsServer server =
                new RecordedDsServer(json("dossiers-page1.json"), cutMidway("dossiers-page2.json"))) {
            CommandLineRun run = sync(server);

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("Rien n'a été importé").contains("coupée");
        }
        assertThat(storedNumbers()).isEmpty();
    }

    @Test
    void aGraphqlErrorOnALaterPageImportsNothingAndIsWordedInFrench() throws Exception {
        try (RecordedDsServer server = new RecordedDsServer(json("dossiers-page1.json"), json("error-demarche.json"))) {
            CommandLineRun run = sync(server);

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err())
                    .contains("Rien n'a été importé")
                    .contains("refuse la requête")
                    .contains("Demarche not found");
        }
        assertThat(storedNumbers()).isEmpty();
    }

    @Test
    void aRateLimitIsWaitedOutThenTheSyncSucceeds() throws Exception {
        try (RecordedDsServer server =
                new RecordedDsServer(json("dossiers-page1.json"), rateLimited("1"), json("dossiers-page2.json"))) {
            CommandLineRun run = sync(server);

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(server.requests()).hasSize(3);
        }
        assertThat(storedNumbers()).hasSize(3);
    }

    @Test
    void aRefusedTokenSaysWhereToCreateOneAndNeverShowsIt() throws Exception {
        try (RecordedDsServer server = new RecordedDsServer(status(401, "{}"))) {
            CommandLineRun run = sync(server);

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err())
                    .contains("HTTP 401")
                    .contains("Mon profil › Jetons d'API")
                    .doesNotContain(TOKEN);
            assertThat(server.requests().get(0).authorization()).isEqualTo("Bearer " + TOKEN);
        }
    }

    @Test
    void aServerErrorIsAFrenchMessageAndExitOne() {
        try (RecordedDsServer server = new RecordedDsServer(status(503, "Service Unavailable"))) {
            CommandLineRun run = sync(server);

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("HTTP 503").contains("réessayez plus tard");
        }
    }

    @Test
    void withoutATokenNothingIsAskedFromDs() {
        try (RecordedDsServer server = new RecordedDsServer(json("dossiers-page2.json"))) {
            CommandLineRun run = CommandLineRun.of(
                    "ds",
                    "sync",
                    "--workspace",
                    workspace,
                    "--procedure",
                    "12345",
                    "--token-file",
                    folder.resolve("absent.txt").toString(),
                    "--api-url",
                    server.endpoint().toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("jeton d'API").contains("Mon profil › Jetons d'API");
            assertThat(server.requests()).isEmpty();
        }
    }
}
