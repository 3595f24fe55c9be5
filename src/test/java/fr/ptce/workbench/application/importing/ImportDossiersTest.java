package fr.ptce.workbench.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ImportDossiersTest {

    private final StoreEngine engine;

    private static final String OCTOBER = "dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";
    private static final String OCTOBER_CSV = "dossiers_ami-ptce-emergents_2021-10-15_09-12.csv";
    private static final String NOVEMBER = "dossiers_ami-ptce-emergents_2021-11-19_14-37.xlsx";

    @TempDir
    Path folder;

    private final Workspace workspace;

    ImportDossiersTest(StoreEngine engine) {
        this.engine = engine;
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path sample(String name) throws IOException {
        return SampleFiles.copy(name, folder);
    }

    private ImportReport importFile(Path file) {
        return workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
    }

    @Test
    void importingTheSameFileTwiceLeavesTheSameDossiersUnchanged() throws IOException {
        Path file = sample(OCTOBER);
        ImportReport first = importFile(file);
        assertEquals(12, first.newDossiers().size());
        ImportReport second = importFile(file);
        assertEquals(List.of(), second.newDossiers());
        assertEquals(List.of(), second.changed());
        assertEquals(12, second.unchanged().size());
        assertEquals(12, workspace.listDossiers().all().size());
    }

    @Test
    void laterExportUpdatesInPlaceAndReportsWhatChanged() throws IOException {
        importFile(sample(OCTOBER));
        workspace.saveNote().save("5185141", "Appeler le porteur — note locale");
        ImportReport report = importFile(sample(NOVEMBER));

        assertEquals(
                List.of("6419031", "6496081"),
                report.newDossiers().stream().sorted().toList());
        assertEquals(List.of("5063921"), report.absent());
        assertEquals(8, report.unchanged().size());
        Map<String, List<String>> changed = report.changed().stream()
                .collect(Collectors.toMap(ImportReport.ChangedDossier::number, ImportReport.ChangedDossier::fields));
        assertEquals(
                List.of("5019941", "5047161", "5185141"),
                changed.keySet().stream().sorted().toList());
        assertEquals(List.of("Téléphone portable de la personne référente", Champ.S6.label()), changed.get("5185141"));
        assertEquals(List.of(Champ.S2.label(), Champ.S10.label()), changed.get("5047161"));
        assertEquals(
                List.of("État du dossier", "Passé en instruction le", ImportSink.EXPERT_OPINIONS),
                changed.get("5019941"));
        assertEquals(
                2,
                workspace
                        .readDossiers()
                        .byNumber("5019941")
                        .orElseThrow()
                        .expertOpinions()
                        .size());
        assertEquals(2, report.avisRows());

        DossierView edited = workspace.readDossiers().byNumber("5185141").orElseThrow();
        assertEquals("Appeler le porteur — note locale", edited.note().orElseThrow());
        List<DossierChange> changes = edited.lastChanges();
        assertEquals(DossierChange.Kind.CHANGED, changes.get(0).kind());
        DossierView gone = workspace.readDossiers().byNumber("5063921").orElseThrow();
        assertTrue(gone.absentFromLastImport(), "an absent dossier is kept and marked, not deleted");
        assertEquals(14, workspace.listDossiers().all().size());
    }

    @Test
    void anAbsentDossierListedAgainUnchangedIsPresentAgain() throws IOException {
        Path october = sample(OCTOBER);
        importFile(october);
        importFile(sample(NOVEMBER));
        assertTrue(workspace.readDossiers().byNumber("5063921").orElseThrow().absentFromLastImport());

        ImportReport again = importFile(october);

        assertTrue(again.unchanged().contains("5063921"), "its row is the one stored: " + again.changed());
        assertFalse(workspace.readDossiers().byNumber("5063921").orElseThrow().absentFromLastImport());
        assertEquals(
                List.of("6419031", "6496081"), again.absent().stream().sorted().toList());
    }

    @Test
    void csvAndXlsxOfTheSameExportGiveTheSameDossiersButTheCommunes() throws IOException {
        importFile(sample(OCTOBER));
        List<Dossier> fromXlsx = workspace.readDossiers().all().stream()
                .map(DossierView::dossier)
                .toList();
        try (Workspace other = TestWorkspaces.open(engine, Clock.systemUTC())) {
            ImportReport csv = other.importDossiers().fromFile(sample(OCTOBER_CSV), ColumnMapping.NONE, Progress.NONE);
            assertTrue(csv.notes().get(0).contains("communes"), "the csv report says what csv leaves out");
            List<DossierView> fromCsv = other.readDossiers().all();
            assertEquals(fromXlsx.size(), fromCsv.size());
            for (int i = 0; i < fromXlsx.size(); i++) {
                Dossier x = fromXlsx.get(i);
                Dossier c = fromCsv.get(i).dossier();
                assertEquals(x.withTerritory(c.territory()).withRaw(c.raw()), c, "dossier " + x.number());
                assertFalse(c.territory().communesKnown());
                assertNull(fromCsv.get(i).checks().zrrDetected());
                assertNull(fromCsv.get(i).checks().qpvDetected());
            }
        }
    }

    @Test
    void theApplicantsInseeLegalCategoryIsStoredFromTheEstablishmentsSheetAndFromTheCsvBlock() throws IOException {
        importFile(sample(OCTOBER));
        try (Workspace other = TestWorkspaces.open(engine, Clock.systemUTC())) {
            other.importDossiers().fromFile(sample(OCTOBER_CSV), ColumnMapping.NONE, Progress.NONE);
            for (Workspace w : List.of(workspace, other)) {
                assertEquals(
                        new InseeLegalCategory("5458", "SARL coopérative ouvrière de production (SCOP)"),
                        w.readDossiers()
                                .byNumber("4847721")
                                .orElseThrow()
                                .dossier()
                                .structure()
                                .legalCategory());
                assertEquals(
                        new InseeLegalCategory("7210", "Commune et commune nouvelle"),
                        w.readDossiers()
                                .byNumber("5127651")
                                .orElseThrow()
                                .dossier()
                                .structure()
                                .legalCategory());
            }
        }
    }

    @Test
    void csvReimportKeepsTheCommunesAnXlsxBrought() throws IOException {
        importFile(sample(OCTOBER));
        ImportReport csv = importFile(sample(OCTOBER_CSV));
        assertEquals(12, csv.unchanged().size());
        Dossier dossier =
                workspace.readDossiers().byNumber("4847721").orElseThrow().dossier();
        assertEquals(8, dossier.territory().communes().size());
    }

    @Test
    void renamedHeaderIsRefusedWithoutMappingAndImportsWithIt() throws IOException {
        Path renamed = folder.resolve("export-modele.csv");
        String csv = Files.readString(sample(OCTOBER_CSV), StandardCharsets.UTF_8);
        Files.writeString(renamed, csv.replaceFirst("Nom du projet", "Intitulé du projet"), StandardCharsets.UTF_8);

        ColumnMappingRequiredException refused =
                assertThrows(ColumnMappingRequiredException.class, () -> importFile(renamed));
        assertEquals(List.of(Champ.PROJECT_NAME), refused.unmatched());
        assertTrue(refused.getMessage().contains("export-modele.csv"));
        assertEquals(List.of(), workspace.listDossiers().all(), "nothing imported before the mapping");

        ImportReport report = workspace
                .importDossiers()
                .fromFile(renamed, ColumnMapping.of(Map.of("Intitulé du projet", Champ.PROJECT_NAME)), Progress.NONE);
        assertEquals(12, report.newDossiers().size());
        assertEquals(
                "Campus Réemploi solidaire du Pays de Bourgoin-Jallieu",
                workspace
                        .readDossiers()
                        .byNumber("4847721")
                        .orElseThrow()
                        .dossier()
                        .projectName());
        assertEquals(3, refused.previewRows().size(), "the mapping dialog previews the first rows");
    }

    @Test
    void mappingIsRememberedForTheProcedure() throws IOException {
        Path renamed = folder.resolve("dossiers_ami-ptce-emergents_2021-12-01_10-00.csv");
        String csv = Files.readString(sample(OCTOBER_CSV), StandardCharsets.UTF_8);
        Files.writeString(renamed, csv.replaceFirst("Nom du projet", "Intitulé du projet"), StandardCharsets.UTF_8);
        workspace
                .importDossiers()
                .fromFile(renamed, ColumnMapping.of(Map.of("Intitulé du projet", Champ.PROJECT_NAME)), Progress.NONE);
        ImportReport again = importFile(renamed);
        assertEquals(12, again.unchanged().size());
    }

    @Test
    void refusedFileLeavesTheStoreAsItWas() throws IOException {
        importFile(sample(OCTOBER));
        Path broken = folder.resolve("coupé.xlsx");
        byte[] bytes = Files.readAllBytes(sample(NOVEMBER));
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> importFile(broken));
        assertTrue(refused.getMessage().contains("coupé.xlsx"));
        assertEquals(12, workspace.listDossiers().all().size());
        assertFalse(workspace.readDossiers().byNumber("5063921").orElseThrow().absentFromLastImport());
    }

    @Test
    void cancellingAnImportRollsItBack() throws IOException {
        Path file = sample(OCTOBER);
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(
                fr.ptce.workbench.domain.CancelledException.class,
                () -> workspace.importDossiers().fromFile(file, ColumnMapping.NONE, cancelled));
        assertEquals(List.of(), workspace.listDossiers().all());
    }

    @Test
    void anExportSharingNoDossierIsHeldBackUntilConfirmedAndMarksNothingAbsent() throws IOException {
        importFile(sample(OCTOBER));
        Path other = SampleFiles.copy(SampleFiles.SEPTEMBER_2025_XLSX, folder);

        ImportConfirmationRequiredException asked =
                assertThrows(ImportConfirmationRequiredException.class, () -> importFile(other));
        assertEquals(java.util.Set.of(ImportConfirmationRequiredException.Reason.NO_SHARED_DOSSIER), asked.reasons());
        assertEquals(12, asked.workspaceDossiers());
        assertTrue(asked.getMessage().contains("ne partage aucun dossier"), asked.getMessage());
        // nothing imported, nothing marked absent
        assertEquals(12, workspace.listDossiers().all().size());
        assertTrue(workspace.listDossiers().all().stream().noneMatch(d -> d.absentFromLastImport()));

        ImportReport forced = workspace.importDossiers().fromFile(other, ColumnMapping.NONE, true, Progress.NONE);
        assertEquals(12, forced.absent().size());
        assertFalse(forced.newDossiers().isEmpty());
    }

    @Test
    void anExportOfAnotherProcedureIsHeldBackEvenWhenItSharesDossiers() throws IOException {
        importFile(sample(OCTOBER));
        Path renamed = folder.resolve("dossiers_autre-demarche_2021-11-19_14-37.xlsx");
        Files.copy(sample(NOVEMBER), renamed);

        ImportConfirmationRequiredException asked =
                assertThrows(ImportConfirmationRequiredException.class, () -> importFile(renamed));
        assertEquals(java.util.Set.of(ImportConfirmationRequiredException.Reason.OTHER_PROCEDURE), asked.reasons());
        assertEquals("autre-demarche", asked.fileProcedure());
        assertEquals("ami-ptce-emergents", asked.workspaceProcedure());
        assertEquals(12, workspace.listDossiers().all().size(), "the November dossiers are not imported");

        assertEquals(
                2,
                workspace
                        .importDossiers()
                        .fromFile(renamed, ColumnMapping.NONE, true, Progress.NONE)
                        .newDossiers()
                        .size());
    }

    @Test
    void aFirstImportAndARenamedFileOfTheSameDossiersAreNotHeldBack() throws IOException {
        assertEquals(12, importFile(sample(OCTOBER)).newDossiers().size());
        Path renamed = folder.resolve("export.xlsx");
        Files.copy(sample(NOVEMBER), renamed);
        assertEquals(2, importFile(renamed).newDossiers().size());
    }
}
