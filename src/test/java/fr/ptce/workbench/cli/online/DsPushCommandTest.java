package fr.ptce.workbench.cli.online;

import static fr.ptce.workbench.online.ds.RecordedDsServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.cli.CommandLineRun;
import fr.ptce.workbench.online.ds.DsQuery;
import fr.ptce.workbench.online.ds.RecordedDsServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ds push} on a PESSII workspace with recorded cabinet decisions, against a local server answering as DS's API
 * would (recorded JSON, the dossier's number and state filled in): what it shows, what it sends, what it records.
 */
class DsPushCommandTest {

    private static final String LAUREATE = "4847721";
    private static final String TOKEN = "jeton-push-0123456789";

    /** The PESSII workspace with its decisions, built once and copied for each test. */
    @TempDir
    static Path shared;

    private static Path decidedWorkspace;

    @TempDir
    Path folder;

    private String pessii;
    private Path tokenFile;
    private final Map<String, String> states = new HashMap<>();
    private final Set<String> refusing = new HashSet<>();

    @BeforeAll
    static void decided() throws Exception {
        Path folder = shared;
        String region = folder.resolve("bretagne").toString();
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, Files.createDirectories(folder.resolve("in")));
        ok("import", "--workspace", region, xlsx.toString());
        CommandLineRun.correspondent(region, "Bretagne");
        ok(
                "avis",
                "--workspace",
                region,
                "--dossier",
                LAUREATE,
                "--recommendation",
                "favorable",
                "--motivation",
                "Coopération exemplaire entre acteurs du territoire.");
        Path avis = folder.resolve("avis-bretagne.xlsx");
        ok("export-avis", "--workspace", region, "--out", avis.toString(), "--all-regions");
        String pessii = Files.createDirectory(folder.resolve("pessii")).toString();
        ok("consolidate", "--workspace", pessii, avis.toString());
        ok("import", "--workspace", pessii, xlsx.toString());
        CommandLineRun.pessii(pessii);
        ok("decide", "--workspace", pessii, "--dossier", LAUREATE, "--laureate", "oui", "--override", "Dynamique");
        ok(
                "decide",
                "--workspace",
                pessii,
                "--confirm",
                "--by",
                "Cabinet du ministre",
                "--date",
                "2021-07-19",
                "--not-retained");
        decidedWorkspace = Path.of(pessii);
    }

    @BeforeEach
    void copyOfTheDecidedWorkspace() throws Exception {
        Path copy = folder.resolve("pessii");
        try (var files = Files.walk(decidedWorkspace)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(decidedWorkspace.relativize(file).toString()));
            }
        }
        pessii = copy.toString();
        tokenFile = Files.writeString(folder.resolve("jeton.txt"), TOKEN + "\n");
    }

    private static CommandLineRun ok(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    private CommandLineRun push(RecordedDsServer server, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "ds",
                "push",
                "--workspace",
                pessii,
                "--procedure",
                "12345",
                "--token-file",
                tokenFile.toString(),
                "--api-url",
                server.endpoint().toString()));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    /** DS's answers: the instructors, a dossier (its number and state filled in a recorded one), the mutations. */
    private RecordedDsServer.Reply answer(RecordedDsServer.Request request) {
        try {
            if (request.sends(DsQuery.INSTRUCTEURS)) {
                return json("instructeurs.json");
            }
            if (request.sends(DsQuery.DOSSIER)) {
                String number = request.variable("number");
                ObjectNode answer =
                        (ObjectNode) new ObjectMapper().readTree(RecordedDsServer.resource("dossier-9100001.json"));
                ObjectNode dossier = (ObjectNode) answer.path("data").path("dossier");
                dossier.put("id", id(number));
                dossier.put("number", Integer.parseInt(number));
                dossier.put("state", states.getOrDefault(number, "en_instruction"));
                return RecordedDsServer.status(200, answer.toString());
            }
            if (request.sends(DsQuery.ACCEPTER)) {
                return json("accepter-ok.json");
            }
            if (request.sends(DsQuery.REFUSER)) {
                String number = new String(
                                Base64.getDecoder().decode(request.input("dossierId")), StandardCharsets.UTF_8)
                        .substring("Dossier-".length());
                return json(refusing.contains(number) ? "refuser-invalid.json" : "refuser-ok.json");
            }
            if (request.sends(DsQuery.ANNOTER)) {
                return json("annotation-ok.json");
            }
            return RecordedDsServer.status(400, "{\"errors\":[{\"message\":\"unexpected query\"}]}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(String number) {
        return Base64.getEncoder().encodeToString(("Dossier-" + number).getBytes(StandardCharsets.UTF_8));
    }

    private static List<RecordedDsServer.Request> sent(RecordedDsServer server, DsQuery document) {
        return server.requests().stream().filter(r -> r.sends(document)).toList();
    }

    @Test
    void aDryRunShowsEachDecisionAndAnnotationAndConnectsToNothing() {
        try (RecordedDsServer server = new RecordedDsServer(this::answer)) {
            CommandLineRun run = push(server, "--dry-run");

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out())
                    .contains("Dossier " + LAUREATE + " — accepter\u00a0: «\u00a0Coopération exemplaire entre acteurs"
                            + " du territoire.\u00a0»")
                    .contains("Dossier " + LAUREATE + " — annotation privée\u00a0: «\u00a0Recevabilité\u00a0: ")
                    .contains("Avis de la région Auvergne-Rhône-Alpes\u00a0: favorable")
                    .contains("— refuser\u00a0: «\u00a0Votre projet n'a pas été retenu")
                    .contains("prévient le porteur par courriel")
                    .contains("Simulation (--dry-run)\u00a0: rien n'a été envoyé.");
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void pushSendsWhatItShowedRecordsItAndASecondPushSendsNothingAgain() {
        try (RecordedDsServer server = new RecordedDsServer(this::answer)) {
            CommandLineRun plan = push(server, "--dry-run");
            int toSend = Integer.parseInt(plan.out().replaceAll("(?s).*?: (\\d+) éléments? à envoyer.*", "$1"));

            CommandLineRun run = push(server, "--yes", "--instructeur", "PESSII@example.gouv.fr");

            assertThat(run.status()).as(run.out() + run.err()).isZero();
            assertThat(run.out())
                    .contains("Envoyé à démarches-simplifiées\u00a0: " + toSend + " éléments\u00a0; refusé\u00a0: 0.");
            assertThat(run.out() + run.err()).doesNotContain(TOKEN);
            assertThat(sent(server, DsQuery.INSTRUCTEURS)).hasSize(1);
            List<RecordedDsServer.Request> accepted = sent(server, DsQuery.ACCEPTER);
            assertThat(accepted).hasSize(1);
            assertThat(accepted.get(0).input("dossierId")).isEqualTo(id(LAUREATE));
            assertThat(accepted.get(0).input("instructeurId")).isEqualTo("SW5zdHJ1Y3RldXItNDI=");
            assertThat(accepted.get(0).input("motivation"))
                    .isEqualTo("Coopération exemplaire entre acteurs du territoire.");
            List<RecordedDsServer.Request> annotated = sent(server, DsQuery.ANNOTER);
            assertThat(annotated)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.input("value")).startsWith("Recevabilité\u00a0: "));
            assertThat(annotated.get(0).input("annotationId"))
                    .as("the id of the annotation « Avis de l'instruction PTCE » DS gave")
                    .isEqualTo("Q2hhbXAtMTAyNg==");
            assertThat(accepted.size() + sent(server, DsQuery.REFUSER).size() + annotated.size())
                    .isEqualTo(toSend);

            int before = server.requests().size();
            CommandLineRun again = push(server, "--yes", "--instructeur", "pessii@example.gouv.fr");
            assertThat(again.status()).isZero();
            assertThat(again.out())
                    .contains("0 élément à envoyer, " + toSend + " déjà envoyés")
                    .contains("Rien à envoyer.");
            assertThat(server.requests()).hasSize(before);
        }
    }

    @Test
    void aDossierDsRefusesIsReportedTheOthersAreSentAndOnlyItIsTriedAgain() {
        try (RecordedDsServer server = new RecordedDsServer(this::answer)) {
            states.put("5127651", "en_construction");
            CommandLineRun run = push(server, "--yes", "--instructeur", "pessii@example.gouv.fr");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out())
                    .contains("refusé\u00a0: 1.")
                    .contains("Dossier 5127651, refuser\u00a0: le dossier est «\u00a0en_construction\u00a0» sur"
                            + " démarches-simplifiées");
            assertThat(sent(server, DsQuery.ACCEPTER)).hasSize(1);

            states.remove("5127651");
            int before = server.requests().size();
            CommandLineRun again = push(server, "--yes", "--instructeur", "pessii@example.gouv.fr");
            assertThat(again.status()).as(again.out()).isZero();
            assertThat(again.out())
                    .contains("1 élément à envoyer")
                    .contains("Envoyé à démarches-simplifiées\u00a0: 1 élément");
            assertThat(server.requests().subList(before, server.requests().size()))
                    .extracting(
                            r -> r.sends(DsQuery.INSTRUCTEURS) || r.sends(DsQuery.DOSSIER) || r.sends(DsQuery.REFUSER))
                    .containsExactly(true, true, true);
        }
    }

    @Test
    void aMutationDsRefusesNamesDsReason() {
        try (RecordedDsServer server = new RecordedDsServer(this::answer)) {
            refusing.add("5127651");
            CommandLineRun run = push(server, "--yes", "--instructeur", "pessii@example.gouv.fr");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out())
                    .contains("Dossier 5127651, refuser\u00a0: démarches-simplifiées refuse\u00a0:"
                            + " «\u00a0Le dossier est déjà en construction\u00a0»");
        }
    }

    @Test
    void withoutConfirmationNothingIsSentAndOuiSendsIt() {
        try (RecordedDsServer server = new RecordedDsServer(this::answer)) {
            CommandLineRun refused = withInput("non\n", () -> push(server, "--instructeur", "pessii@example.gouv.fr"));
            assertThat(refused.status()).isZero();
            assertThat(refused.out())
                    .contains("Tapez «\u00a0oui\u00a0» pour confirmer")
                    .contains("Rien n'a été envoyé.");
            assertThat(server.requests()).isEmpty();

            CommandLineRun confirmed =
                    withInput("oui\n", () -> push(server, "--instructeur", "pessii@example.gouv.fr"));
            assertThat(confirmed.status()).as(confirmed.out()).isZero();
            assertThat(sent(server, DsQuery.ACCEPTER)).hasSize(1);
        }
    }

    @Test
    void anUnknownInstructorSendsNothing() {
        try (RecordedDsServer server = new RecordedDsServer(this::answer)) {
            CommandLineRun run = push(server, "--yes", "--instructeur", "inconnu@example.org");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err())
                    .contains("Aucun instructeur «\u00a0inconnu@example.org\u00a0»")
                    .contains("Rien n'a été envoyé");
            assertThat(server.requests()).hasSize(1);
            assertThat(push(server, "--dry-run").out()).contains("0 déjà envoyé.");
        }
    }

    private static CommandLineRun withInput(String typed, java.util.function.Supplier<CommandLineRun> run) {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
            return run.get();
        } finally {
            System.setIn(in);
        }
    }
}
