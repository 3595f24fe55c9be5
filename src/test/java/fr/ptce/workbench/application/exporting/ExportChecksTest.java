package fr.ptce.workbench.application.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The checks shown before the avis workbook is written. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ExportChecksTest {

    private static final String OCTOBER = "dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";
    private static final Reviewer MARIE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Auvergne-Rhône-Alpes");

    @TempDir
    Path folder;

    private final Workspace workspace;

    ExportChecksTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<DossierSummary> importSample() throws IOException {
        workspace.importDossiers().fromFile(SampleFiles.copy(OCTOBER, folder), ColumnMapping.NONE, Progress.NONE);
        return workspace.listDossiers().all();
    }

    private void score(String number, int count) {
        List<String> codes = Grids.amiPtce2021().codes();
        for (int i = 0; i < count; i++) {
            workspace.scoreDossier().setScore(number, codes.get(i), BigDecimal.valueOf(3));
        }
    }

    @Test
    void namesTheDossiersWithoutAvisPartlyScoredAndOfAnotherRegion() throws IOException {
        List<DossierSummary> dossiers = importSample();
        workspace.workspaceUser().set(MARIE);
        List<DossierSummary> ours = dossiers.stream()
                .filter(d -> "Auvergne-Rhône-Alpes".equals(d.region()))
                .toList();
        List<String> others = dossiers.stream()
                .filter(d -> d.region() != null && !d.region().isBlank())
                .filter(d -> !ours.contains(d))
                .map(DossierSummary::number)
                .toList();
        String complete = ours.get(0).number();
        String partly = ours.get(1).number();
        score(complete, Grids.amiPtce2021().codes().size());
        score(partly, 2);
        workspace
                .saveAvis()
                .save(new AvisDraft(complete, Recommendation.FAVORABLE, false, "Solide", null, null, null, null));

        ExportChecks checks = workspace.exportAvis().checks();

        assertEquals("Auvergne-Rhône-Alpes", checks.region());
        assertEquals("avis-auvergne-rhone-alpes-2021-12-01.xlsx", checks.fileName());
        assertEquals(12 - others.size(), checks.dossiers());
        assertEquals(checks.dossiers() - 1, checks.withoutAvis().size());
        assertTrue(others.stream().noneMatch(checks.withoutAvis()::contains), "other regions are left out");
        assertFalse(checks.withoutAvis().contains(complete));
        assertEquals(List.of(partly), checks.partlyScored());
        assertFalse(others.isEmpty());
        assertEquals(others, checks.otherRegions());
        assertFalse(checks.clear());
    }

    @Test
    void aRegionIsRecognisedWithoutItsAccentsOrCase() throws IOException {
        List<DossierSummary> dossiers = importSample();
        workspace
                .workspaceUser()
                .set(new Reviewer(
                        "Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "auvergne rhone alpes"));

        ExportChecks checks = workspace.exportAvis().checks();

        long ours = dossiers.stream()
                .filter(d -> "Auvergne-Rhône-Alpes".equals(d.region()))
                .count();
        long withRegion = dossiers.stream()
                .filter(d -> d.region() != null && !d.region().isBlank())
                .count();
        assertEquals(withRegion - ours, checks.otherRegions().size());
        assertEquals(List.of(), checks.partlyScored());
    }

    @Test
    void isRefusedAsTheExportIsWithoutRegionOrDossiers() throws IOException {
        workspace.workspaceUser().set(MARIE);
        assertThrows(InvalidInputException.class, () -> workspace.exportAvis().checks());
        importSample();
        workspace.workspaceUser().set(new Reviewer("Paul Expert", "paul@example.fr", ReviewerRole.EXPERT, null));
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> workspace.exportAvis().checks());
        assertTrue(refused.getMessage().contains("région"), refused.getMessage());
    }
}
