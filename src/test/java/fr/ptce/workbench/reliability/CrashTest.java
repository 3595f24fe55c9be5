package fr.ptce.workbench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.CommandLineRun;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookVerifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety under SIGKILL: child JVMs save, import or export and are killed at random moments; the workspace
 * reopens cleanly with every acknowledged save, an import is all or nothing, and an export target is either absent
 * or a complete, verified workbook. {@code verify} runs the short form (5 kills, 100 saves, 2 killed imports of 200
 * dossiers and 2 killed exports); {@code -Dcrash=true} the full one (20 kills, 1,000 saves, 6 + 6 kills of 600
 * dossiers' import and of the export): it starts dozens of JVMs.
 */
class CrashTest {

    /** The full run ({@code -Dcrash=true}); the short form otherwise. */
    private static final boolean FULL = Boolean.getBoolean("crash");
    /** At least this many acknowledged saves ({@code -Dcrash.saves}, default 1,000 in full, 100 short). */
    private static final int MIN_SAVES = Integer.getInteger("crash.saves", FULL ? 1_000 : 100);
    /** At least this many kills ({@code -Dcrash.kills}, default 20 in full, 5 short). */
    private static final int MIN_KILLS = Integer.getInteger("crash.kills", FULL ? 20 : 5);
    /** Kills of an import and of an export each. */
    private static final int ROUNDS = FULL ? 6 : 2;

    private static final String CLI = "fr.ptce.workbench.Main";

    @TempDir
    Path dir;

    private final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));

    private Path workspaceWithSample(String name) {
        Path workspace = dir.resolve(name);
        Path sample = dir.resolve(SampleFiles.OCTOBER_2021_XLSX);
        if (!Files.exists(sample)) {
            SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, dir);
        }
        CommandLineRun.of("import", "--workspace", workspace.toString(), sample.toString())
                .ok();
        CommandLineRun.correspondent(workspace.toString(), "Bretagne");
        return workspace;
    }

    @Test
    void everyAcknowledgedSaveSurvivesSigkillAtRandomMoments() throws Exception {
        Path workspace = workspaceWithSample("saves");
        List<String> numbers;
        try (Workspace open = Workspace.open(workspace)) {
            numbers = CrashSaver.numbers(open);
        }
        Map<String, Long> lastAcked = new HashMap<>();
        long next = 0;
        int kills = 0;
        long acked = 0;
        long started = System.nanoTime();
        while (kills < MIN_KILLS || acked < MIN_SAVES) {
            try (ChildJvm child =
                    ChildJvm.start("-Xmx128m", CrashSaver.class, workspace.toString(), Long.toString(next))) {
                assertTrue(child.awaitLine("READY", 60_000), () -> "saver did not start: " + child.lines());
                Thread.sleep(50 + random.nextInt(700));
                child.kill();
                kills++;
                for (String line : child.lines()) {
                    if (line.startsWith("ACK ")) {
                        long k = Long.parseLong(line.substring(4));
                        lastAcked.put(CrashSaver.dossierOf(numbers, k), k);
                        next = k + 1;
                        acked++;
                    }
                }
                // the save in flight when killed may or may not be there; its number is never reused
                long inFlight = next;
                next++;
                checkSaves(workspace, numbers, lastAcked, inFlight);
            }
            if (kills % 20 == 0) {
                System.out.printf(
                        "CrashTest: %d SIGKILLs, %d acknowledged saves, none lost so far (%.0f s)%n",
                        kills, acked, (System.nanoTime() - started) / 1e9);
            }
        }
        String figures = String.format(
                "CrashTest: %d acknowledged saves across %d SIGKILLs, none lost (%.1f s);" + " workspace file %.1f MB",
                acked,
                kills,
                (System.nanoTime() - started) / 1e9,
                Files.size(workspace.resolve("workspace.mv.db")) / 1048576.0);
        System.out.println(figures);
        assertTrue(acked >= MIN_SAVES && kills >= MIN_KILLS, figures);
    }

    /** Checks every acknowledged save; the save in flight at the kill, when it did reach the disk, counts from now. */
    private static void checkSaves(Path workspace, List<String> numbers, Map<String, Long> lastAcked, long inFlight) {
        String inFlightDossier = CrashSaver.dossierOf(numbers, inFlight);
        List<String> wrong = new ArrayList<>();
        try (Workspace reopened = Workspace.open(workspace)) {
            reopened.contentDigest(); // reads every row of every table: the store opens and reads cleanly
            for (String number : numbers) {
                Score score = reopened.readReviews()
                        .of(number)
                        .mine()
                        .map(r -> r.score("V1"))
                        .orElse(Score.EMPTY);
                if (number.equals(inFlightDossier) && ("save " + inFlight).equals(score.comment())) {
                    assertEquals(0, BigDecimal.valueOf(inFlight % 6).compareTo(score.value()), number);
                    lastAcked.put(number, inFlight);
                    continue;
                }
                Long acked = lastAcked.get(number);
                String expected = acked == null ? null : "save " + acked;
                boolean valueKept = acked == null
                        || score.value() != null
                                && BigDecimal.valueOf(acked % 6).compareTo(score.value()) == 0;
                if (!Objects.equals(expected, score.comment()) || !valueKept) {
                    wrong.add("dossier " + number + ": expected « " + expected + " », found « " + score.comment()
                            + " » (" + score.value() + ")");
                }
            }
        }
        assertTrue(
                wrong.isEmpty(),
                () -> "acknowledged save lost or unknown save found (in flight: " + inFlight + " on " + inFlightDossier
                        + "):\n" + String.join("\n", wrong));
    }

    /** Runs the command line to its end in a child JVM; its duration in milliseconds. */
    private static long timedRun(String... args) throws Exception {
        long started = System.nanoTime();
        try (ChildJvm child = ChildJvm.start("-Xmx256m", Class.forName(CLI), args)) {
            assertEquals(0, child.waitFor(300_000), () -> String.join("\n", child.lines()));
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** A kill moment spread over the whole run, some after its end: from 20 % to 110 % of its measured length. */
    private long killAfter(long fullRunMillis) {
        return fullRunMillis / 5 + (long) (random.nextDouble() * fullRunMillis * 0.9);
    }

    @Test
    void anImportKilledAtRandomMomentsIsAllOrNothing() throws Exception {
        int dossiers = FULL ? 600 : 200;
        Path export = GenerateSamples.write(dir, 11, dossiers, DsEra.Y2021, GenerateSamples.Format.XLSX);
        long full = timedRun("import", "--workspace", dir.resolve("import-full").toString(), export.toString());
        int none = 0;
        int all = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path workspace = dir.resolve("import-" + round);
            try (ChildJvm child = ChildJvm.start(
                    "-Xmx256m", Class.forName(CLI), "import", "--workspace", workspace.toString(), export.toString())) {
                Thread.sleep(killAfter(full));
                child.kill();
            }
            if (!Files.exists(workspace)) {
                none++;
                continue;
            }
            try (Workspace reopened = Workspace.open(workspace)) {
                int count = reopened.listDossiers().all().size();
                assertTrue(count == 0 || count == dossiers, "partial import: " + count + " dossiers");
                if (count == 0) {
                    none++;
                } else {
                    all++;
                }
            }
        }
        System.out.println("CrashTest: import of " + dossiers + " dossiers (" + full + " ms in full) killed " + ROUNDS
                + " times: "
                + none + " left nothing, " + all + " complete");
    }

    @Test
    void anExportKilledAtRandomMomentsLeavesNoPartialFileAtTheTarget() throws Exception {
        Path workspace = workspaceWithSample("export");
        long full = timedRun(
                "export-avis",
                "--workspace",
                workspace.toString(),
                "--out",
                dir.resolve("full.xlsx").toString(),
                "--all-regions");
        int absent = 0;
        int complete = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path target = dir.resolve("out-" + round).resolve("avis.xlsx");
            Files.createDirectories(target.getParent());
            try (ChildJvm child = ChildJvm.start(
                    "-Xmx256m",
                    Class.forName(CLI),
                    "export-avis",
                    "--workspace",
                    workspace.toString(),
                    "--out",
                    target.toString(),
                    "--all-regions")) {
                Thread.sleep(killAfter(full));
                child.kill();
            }
            if (Files.exists(target)) {
                assertTrue(AvisWorkbookVerifier.verify(target).intact(), "partial export at " + target);
                complete++;
            } else {
                absent++;
            }
            try (Stream<Path> files = Files.list(target.getParent())) {
                assertTrue(
                        files.allMatch(f ->
                                f.equals(target) || f.getFileName().toString().startsWith(".")),
                        "a visible partial file next to the target");
            }
        }
        System.out.println("CrashTest: export (" + full + " ms in full) killed " + ROUNDS + " times: " + absent
                + " no file, "
                + complete + " complete and verified");
    }
}
