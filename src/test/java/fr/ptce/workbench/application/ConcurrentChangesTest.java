package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.review.ConcurrentAvisChangeException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Several people at once on one workspace: a save of the region's avis over a newer change is refused naming who
 * made it and when, with both versions, and nothing is lost; concurrent saves from the same version let exactly one
 * through; scores of different dossiers saved at once are all kept. Two workbenches on one PostgreSQL database; on
 * H2 (one process per folder) two users of the same workspace, by the same code path.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ConcurrentChangesTest {

    private static final Clock TEN_FORTY_TWO =
            Clock.fixed(Instant.parse("2021-12-01T09:42:00Z"), ZoneId.of("Europe/Paris"));
    private static final Reviewer GHISLAINE =
            new Reviewer("Ghislaine Morel", "ghislaine@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");
    private static final Reviewer LUCAS =
            new Reviewer("Lucas Martin", "lucas@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");

    private final StoreEngine engine;
    private TwoWorkbenches workbenches;
    private Workspace first;
    private Workspace second;
    private List<String> numbers;

    @TempDir
    Path folder;

    ConcurrentChangesTest(StoreEngine engine) {
        this.engine = engine;
    }

    @BeforeEach
    void twoWorkbenches() throws Exception {
        workbenches = TwoWorkbenches.on(engine, TEN_FORTY_TWO);
        first = workbenches.first();
        second = workbenches.second();
        first.importDossiers()
                .fromFile(SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder), ColumnMapping.NONE, Progress.NONE);
        numbers = first.listDossiers().all().stream().map(d -> d.number()).toList();
        first.workspaceUser().set(GHISLAINE);
    }

    @AfterEach
    void close() {
        workbenches.close();
    }

    private static AvisDraft draft(String number, String motivation, long base) {
        return new AvisDraft(number, Recommendation.FAVORABLE, false, motivation, null, null, null, null, base);
    }

    private long versionSeenBy(Workspace workspace, String number) {
        return workspace.readReviews().of(number).avis().map(Avis::version).orElse(0L);
    }

    @Test
    void aSaveOverANewerChangeIsRefusedNamingWhoAndWhenWithBothVersionsAndKeepingMineSavesIt() {
        String number = numbers.get(0);
        long seenByFirst = versionSeenBy(first, number);
        long seenBySecond = versionSeenBy(second, number);
        assertEquals(0, seenBySecond);

        Avis ghislaines = first.saveAvis().save(draft(number, "Motivation de Ghislaine", seenByFirst));
        assertEquals(1, ghislaines.version());

        second.workspaceUser().set(LUCAS);
        ConcurrentAvisChangeException refused = assertThrows(
                ConcurrentAvisChangeException.class,
                () -> second.saveAvis().save(draft(number, "Motivation de Lucas", seenBySecond)));
        assertTrue(refused.getMessage().startsWith("Ghislaine Morel a modifié cet avis à 10:42"), refused.getMessage());
        assertEquals(0, refused.baseVersion());
        assertEquals(1, refused.currentVersion());
        assertEquals("Motivation de Lucas", refused.mine().motivation(), "what Lucas typed comes back to him");
        assertEquals("Motivation de Ghislaine", refused.theirs().motivation());
        assertEquals(
                "Motivation de Ghislaine",
                first.readReviews().of(number).avis().orElseThrow().motivation(),
                "nothing written by the refused save");

        Avis kept = second.saveAvis().save(draft(number, "Motivation de Lucas", refused.currentVersion()));
        assertEquals(2, kept.version());
        assertEquals(
                "Motivation de Lucas",
                first.readReviews().of(number).avis().orElseThrow().motivation());
        assertEquals(
                "Lucas Martin",
                first.readReviews().of(number).avis().orElseThrow().author());
    }

    @Test
    void ofSavesStartedFromTheSameVersionAtOnceExactlyOnePassesAndTheOthersAreRefused() throws Exception {
        String number = numbers.get(1);
        first.saveAvis().save(draft(number, "Première version", 0));
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Workspace workspace = i % 2 == 0 ? first : second;
                String text = "Version " + i;
                Callable<Boolean> save = () -> {
                    start.await();
                    try {
                        workspace.saveAvis().save(draft(number, text, 1));
                        return true;
                    } catch (ConcurrentAvisChangeException e) {
                        return false;
                    }
                };
                saves.add(pool.submit(save));
            }
            start.countDown();
            int passed = 0;
            for (Future<Boolean> save : saves) {
                passed += save.get() ? 1 : 0;
            }
            assertEquals(1, passed, "no save overwrites another one unseen");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, versionSeenBy(second, number));
    }

    @Test
    void twoWorkbenchesScoringDifferentDossiersAtOnceLoseNothing() throws Exception {
        List<String> left = numbers.subList(0, 4);
        List<String> right = numbers.subList(4, 8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> score(first, left));
            Future<?> b = pool.submit(() -> score(second, right));
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }
        for (String number : numbers.subList(0, 8)) {
            var review = first.readReviews().of(number).mine().orElseThrow();
            for (String code : List.of("V1", "V2", "O1", "E1")) {
                assertEquals(0, new BigDecimal("3").compareTo(review.score(code).value()), number + " " + code);
            }
        }
    }

    private static void score(Workspace workspace, List<String> dossiers) {
        for (String number : dossiers) {
            for (String code : List.of("V1", "V2", "O1", "E1")) {
                workspace.scoreDossier().setScore(number, code, new BigDecimal("3"));
            }
        }
    }
}
