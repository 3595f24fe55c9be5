package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.Review;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's first « done when », on the real GTK toolkit: a fresh start of the multi-platform jar on a fresh demo
 * workspace under Xvfb and openbox, the first dossier selected, Ctrl+E, ten digits with ↓ between them typed as
 * real X key events (xdotool), each acknowledged (« enregistré à … », the status bar's « Enregistré à … » in the
 * log), then SIGKILL: the store holds the ten scores. Also shows that {@code java -jar …-all.jar} opens the window.
 */
@Tag("gtk")
@ExtendWith(RealDisplay.class)
class FreshStartKeyboardIT {

    private static final String[] CRITERIA = {"V1", "V2", "V3", "V4", "V5", "O1", "O2", "O3", "E1", "E2"};
    private static final String DIGITS = "1234501234";

    @TempDir
    Path home;

    private Path xdotool;
    private String display;

    @Test
    void tenDigitsTypedAfterAFreshStartSurviveSigkill() throws Exception {
        display = RealDisplay.display();
        xdotool = ExternalTools.require("xdotool", "xdotool");
        Path jar = Path.of(System.getProperty("ptce.allJar", "target/ptce-workbench-all.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: the gtk tests run after package (./mvnw verify)");
        Path log = home.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.home=" + home,
                        "-Dorg.jooq.no-logo=true",
                        "-Duser.language=fr",
                        "-Duser.country=FR",
                        "-jar",
                        jar.toString(),
                        "--demo")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_DATA_HOME");
        builder.environment().put("DISPLAY", display);
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            String window = await(
                    "the demo workspace opened (window « Atelier PTCE — demo »)",
                    120,
                    log,
                    () -> !xdo("search", "--onlyvisible", "--name", "Atelier PTCE — demo")
                            .isBlank());
            window = xdo("search", "--onlyvisible", "--name", "Atelier PTCE — demo")
                    .lines()
                    .findFirst()
                    .orElseThrow();
            Thread.sleep(2000);
            // a fresh start selects the first dossier of the list; a click in the reader (right half) gives the
            // window the keyboard without changing the selection
            xdo("windowactivate", "--sync", window);
            xdo("mousemove", "--window", window, "800", "450", "click", "1");
            key("ctrl+e");
            // the first digit at once, typed once: while the grid is still loading (« Chargement de la grille… »,
            // seconds on a busy machine) the scoring screen keeps it and gives it to V1 once loaded; the first
            // change asks who the user is
            key(DIGITS.substring(0, 1));
            await(
                    "the identity dialog « Qui êtes-vous ? » after the first digit, typed once",
                    60,
                    log,
                    () -> !xdo("search", "--onlyvisible", "--name", "Qui êtes-vous")
                            .isBlank());
            Thread.sleep(1000);
            xdo("type", "--delay", "60", "Claire Martin");
            key("Tab");
            xdo("type", "--delay", "60", "claire.martin@example.fr");
            key("Tab");
            key("Tab");
            xdo("type", "--delay", "60", "Bretagne");
            key("Return");
            awaitAcks(log, 1);
            for (int i = 1; i < DIGITS.length(); i++) {
                key("Down");
                key(DIGITS.substring(i, i + 1));
                awaitAcks(log, i + 1);
            }
            System.out.printf(
                    "FreshStartKeyboardIT: ten saves acknowledged %.1f s after the start%n",
                    (System.nanoTime() - started) / 1e9);
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the store
            app.waitFor(30, TimeUnit.SECONDS);
        }

        Path folder;
        try (Stream<Path> files = Files.walk(home)) {
            folder = files.filter(f -> f.getFileName().toString().equals("workspace.mv.db"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no workspace under " + home))
                    .getParent();
        }
        try (Workspace store = Workspace.open(folder)) {
            String first = store.listDossiers().all().stream()
                    .map(DossierSummary::number)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Review mine = store.readReviews()
                    .of(first)
                    .mine()
                    .orElseThrow(() -> new AssertionError("no review of the first dossier " + first + "; reviewed: "
                            + store.listDossiers().all().stream()
                                    .map(DossierSummary::number)
                                    .filter(n ->
                                            store.readReviews().of(n).mine().isPresent())
                                    .toList()));
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            for (int i = 0; i < CRITERIA.length; i++) {
                expected.put(CRITERIA[i], new BigDecimal(DIGITS.substring(i, i + 1)));
            }
            Map<String, BigDecimal> found = new LinkedHashMap<>();
            for (String code : CRITERIA) {
                BigDecimal value = mine.score(code).value();
                found.put(code, value == null ? null : value.stripTrailingZeros());
            }
            expected.replaceAll((k, v) -> v.stripTrailingZeros());
            assertEquals(expected, found, "the ten scores of dossier " + first + " after SIGKILL");
            assertEquals("Claire Martin", mine.reviewer().name());
        }
    }

    private void awaitAcks(Path log, int count) throws Exception {
        await(count + " acknowledged save(s) (« enregistré à » in the log)", 60, log, () -> acks(log) >= count);
    }

    private static long acks(Path log) {
        try {
            return Files.readAllLines(log).stream()
                    .filter(l -> l.contains("enregistré à"))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }

    private String await(String what, int seconds, Path log, BooleanSupplier done) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return what;
            }
            Thread.sleep(200);
        }
        String shot = RealDisplay.screenshot("FreshStartKeyboardIT");
        return fail("waited " + seconds + " s for " + what + "; screenshot " + shot + "; log:\n"
                + (Files.exists(log) ? Files.readString(log) : "(none)"));
    }

    private void key(String key) throws Exception {
        xdo("key", "--clearmodifiers", key);
        Thread.sleep(150);
    }

    private String xdo(String... args) {
        List<String> command = new ArrayList<>(List.of(xdotool.toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(30, TimeUnit.SECONDS);
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
