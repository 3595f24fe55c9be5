package fr.ptce.workbench.application;

import static fr.ptce.workbench.application.TwoWorkbenches.PAUL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.ConcurrentChangeException.Subject;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The shared rows besides the avis — PESSII's decisions, the workspace's settings, the grid before it is frozen —
 * under the same version check: two workbenches (two connections to one PostgreSQL database; on H2 two users of one
 * workspace), the second save from an older version refused naming who and when in Paris time with both versions,
 * the first one kept (no lost update), and of saves from one version at once exactly one passing.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class SharedRowVersionsTest {

    private final StoreEngine engine;
    private TwoWorkbenches workbenches;
    private Workspace first;
    private Workspace second;

    @TempDir
    Path folder;

    SharedRowVersionsTest(StoreEngine engine) {
        this.engine = engine;
    }

    @BeforeEach
    void twoWorkbenches() {
        workbenches = TwoWorkbenches.ofPessii(engine);
        first = workbenches.first();
        second = workbenches.second();
    }

    @AfterEach
    void close() {
        workbenches.close();
    }

    @Test
    void aDecisionOverANewerOneIsRefusedWithBothVersionsAndTheFirstIsKept() {
        first.consolidateAvis().importFiles(List.of(RegionWorkbooks.write(folder, 0, 3, new Random(7))), Progress.NONE);
        NationalView seen = second.nationalDecisions().view();
        String number = seen.ranking().get(0).row().dossierNumber();
        assertEquals(0, seen.version(number));

        NationalView after = first.nationalDecisions().setLaureate(number, true, "dérogation de test", 0);
        assertEquals(1, after.version(number));

        second.workspaceUser().set(PAUL);
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class,
                () -> second.nationalDecisions().setLaureate(number, false, null, seen.version(number)));
        assertEquals(Subject.DECISION, refused.subject());
        assertTrue(
                refused.getMessage().startsWith("Claire Dumont a modifié cette décision à 10:00 (dossier n° " + number),
                refused.getMessage());
        assertTrue(((NationalDecision) refused.theirs()).laureate(), "theirs: proposed");
        assertFalse(((NationalDecision) refused.mine()).laureate(), "mine: not proposed");
        assertEquals(1, refused.currentVersion());
        assertTrue(
                first.nationalDecisions().view().ranking().stream()
                        .filter(r -> r.row().dossierNumber().equals(number))
                        .allMatch(r -> r.decision().laureate()),
                "no lost update: Claire's proposal stays");

        NationalView kept = second.nationalDecisions().setLaureate(number, false, null, refused.currentVersion());
        assertEquals(2, kept.version(number), "keeping mine saves over the version now seen");
    }

    @Test
    void aSettingOverANewerOneIsRefusedWithBothValues() {
        String name = WorkspaceSettings.thresholdName();
        long seen = second.settings().versions().getOrDefault(name, 0L);
        first.settings().setDisagreementThreshold(new BigDecimal("3"), 0);
        assertEquals(1L, first.settings().versions().get(name));

        second.workspaceUser().set(PAUL);
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class,
                () -> second.settings().setDisagreementThreshold(new BigDecimal("1.5"), seen));
        assertEquals(Subject.SETTING, refused.subject());
        assertTrue(
                refused.getMessage().startsWith("Claire Dumont a modifié ce réglage à 10:00 (seuil de désaccord)"),
                refused.getMessage());
        assertEquals("1.5", refused.mine());
        assertEquals("3", refused.theirs());
        assertEquals(0, new BigDecimal("3").compareTo(first.settings().disagreementThreshold()), "Claire's kept");

        second.settings().setDisagreementThreshold(new BigDecimal("1.5"), refused.currentVersion());
        assertEquals(0, new BigDecimal("1.5").compareTo(first.settings().disagreementThreshold()));
        long limit = second.settings().versions().getOrDefault(WorkspaceSettings.limitName(Section.S2), 0L);
        first.settings().setLengthLimit(Section.S2, 1234, limit);
        assertThrows(ConcurrentChangeException.class, () -> second.settings().setLengthLimit(Section.S2, 999, limit));
        assertEquals(1234, first.settings().lengthLimits().limit(Section.S2));
    }

    @Test
    void aGridOverANewerOneIsRefusedWithBothGrids() {
        Grid grid = Grids.amiPtce2021();
        Grid renamed = new Grid(
                grid.id(),
                99,
                "Grille de Claire",
                grid.blocks(),
                grid.criteria(),
                grid.scale(),
                grid.overallThreshold());
        Grid mine = new Grid(
                grid.id(), 99, "Grille de Paul", grid.blocks(), grid.criteria(), grid.scale(), grid.overallThreshold());
        long seen = second.shared().saveGrid().rowVersion(grid.id(), 99);
        assertEquals(0, seen);
        assertEquals(1, first.shared().saveGrid().save(renamed, seen));

        second.workspaceUser().set(PAUL);
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class,
                () -> second.shared().saveGrid().save(mine, seen));
        assertEquals(Subject.GRID, refused.subject());
        assertTrue(refused.getMessage().startsWith("Claire Dumont a modifié la grille à 10:00"), refused.getMessage());
        assertEquals("Grille de Claire", ((Grid) refused.theirs()).name());
        assertEquals("Grille de Paul", ((Grid) refused.mine()).name());
        assertEquals(1, first.shared().saveGrid().rowVersion(grid.id(), 99));
        assertEquals(2, second.shared().saveGrid().save(mine, refused.currentVersion()));
    }

    @Test
    void ofSettingSavesFromOneVersionAtOnceExactlyOnePasses() throws Exception {
        first.settings().setDisagreementThreshold(BigDecimal.ONE, 0);
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Workspace workspace = i % 2 == 0 ? first : second;
                BigDecimal value = BigDecimal.valueOf(2 + i);
                saves.add(pool.submit(() -> {
                    start.await();
                    try {
                        workspace.settings().setDisagreementThreshold(value, 1);
                        return true;
                    } catch (ConcurrentChangeException e) {
                        return false;
                    }
                }));
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
        assertEquals(2L, second.settings().versions().get(WorkspaceSettings.thresholdName()));
    }
}
