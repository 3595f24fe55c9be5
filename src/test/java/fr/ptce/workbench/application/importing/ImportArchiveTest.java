package fr.ptce.workbench.application.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.TestZips;
import fr.ptce.workbench.TestZips.Entry;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.ds.synthetic.SyntheticPdf;
import java.nio.file.Files;
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

/** A DS zip export: its tabular file and the dossiers' files, stored all or nothing, re-imported by content. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ImportArchiveTest {

    private static final String DOSSIER = "4847721";
    private static final String OTHER = "5019941";

    @TempDir
    Path folder;

    private final Workspace workspace;
    private final byte[] statutes = SyntheticPdf.of(List.of("Statuts de l'association Ecotone"));
    private final byte[] budget = SyntheticPdf.of(List.of("Budget prévisionnel 2022"));

    ImportArchiveTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2022-05-02T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportReport importFile(Path file) {
        return workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
    }

    private Path zip(String name, Entry... entries) throws Exception {
        return TestZips.write(folder.resolve(name), entries);
    }

    private Entry table() throws Exception {
        Path copied = folder.resolve("s").resolve(SampleFiles.OCTOBER_2021_XLSX);
        Path xlsx = Files.exists(copied)
                ? copied
                : SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, Files.createDirectories(folder.resolve("s")));
        return Entry.file("export/" + SampleFiles.OCTOBER_2021_XLSX, xlsx);
    }

    @Test
    void aZipWithItsTableImportsTheDossiersAndStoresTheirFiles() throws Exception {
        ImportReport report = importFile(zip(
                "export.zip",
                table(),
                Entry.of("export/dossier-" + DOSSIER + "/pieces_justificatives/statuts.pdf", statutes),
                Entry.of("export/dossier-" + DOSSIER + "/pieces_justificatives/budget.pdf", budget),
                Entry.of("export/dossier-" + OTHER + "/pieces_justificatives/statuts.pdf", statutes),
                Entry.of("export/dossier-999/pieces_justificatives/x.pdf", budget)));

        assertEquals("zip", report.format());
        assertTrue(report.newDossiers().contains(DOSSIER));
        assertEquals(3, report.attachments().added());
        assertEquals(List.of("999"), report.attachments().unknownDossiers());
        assertTrue(report.summary().contains("pièces jointes\u00a0: 3 nouvelles"), report.summary());
        assertTrue(
                report.notes().stream().anyMatch(n -> n.contains("999")),
                report.notes().toString());

        List<DossierAttachment> files = workspace.attachments().list(DOSSIER);
        assertEquals(
                List.of("budget.pdf", "statuts.pdf"),
                files.stream().map(DossierAttachment::fileName).toList());
        assertEquals("application/pdf", files.get(1).mediaType());
        assertEquals(statutes.length, files.get(1).size());
        Path copy = workspace.attachments().extract(files.get(1), folder.resolve("out"));
        assertArrayEquals(statutes, Files.readAllBytes(copy));
        assertEquals(1, workspace.attachments().list(OTHER).size());
        assertEquals(Boolean.TRUE, workspace.attachments().statutes(DOSSIER).found());
        assertEquals(null, workspace.attachments().statutes("5065081").found(), "no file: unknown");
        assertEquals(Boolean.FALSE, workspace.attachments().statutes("5047161").found(), "empty champ: missing");
    }

    @Test
    void statutesAbsentFromTheDossiersFilesAreMissing() throws Exception {
        importFile(zip("a.zip", table(), Entry.of("dossier-" + DOSSIER + "/pieces_justificatives/budget.pdf", budget)));
        assertEquals(Boolean.FALSE, workspace.attachments().statutes(DOSSIER).found());
    }

    @Test
    void aReimportReplacesByContentWithoutDuplicates() throws Exception {
        importFile(zip(
                "a.zip",
                table(),
                Entry.of("dossier-" + DOSSIER + "/pieces_justificatives/statuts.pdf", statutes),
                Entry.of("dossier-" + DOSSIER + "/pieces_justificatives/budget.pdf", budget)));
        byte[] newStatutes = SyntheticPdf.of(List.of("Statuts modifiés"));
        ImportReport again = importFile(zip(
                "b.zip",
                Entry.of("dossier-" + DOSSIER + "/pieces_justificatives/statuts-v2.pdf", newStatutes),
                Entry.of("dossier-" + DOSSIER + "/pieces_justificatives/budget-renomme.pdf", budget),
                Entry.of("dossier-" + DOSSIER + "/autre/budget-copie.pdf", budget)));

        assertEquals(1, again.attachments().added());
        assertEquals(1, again.attachments().unchanged());
        assertEquals(1, again.attachments().removed());
        assertEquals(
                List.of("budget-renomme.pdf", "statuts-v2.pdf"),
                workspace.attachments().list(DOSSIER).stream()
                        .map(DossierAttachment::fileName)
                        .toList());
        String digest = workspace.contentDigest();
        ImportReport third = importFile(folder.resolve("b.zip"));
        assertEquals(0, third.attachments().added());
        assertEquals(2, third.attachments().unchanged());
        assertEquals(digest, workspace.contentDigest(), "same zip again: nothing changes");
    }

    @Test
    void aZipOfUnknownDossiersIsRefusedAndTheStoreUnchanged() throws Exception {
        String before = workspace.contentDigest();
        Path zip = zip("seul.zip", Entry.of("dossier-" + DOSSIER + "/statuts.pdf", statutes));
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> importFile(zip));
        assertTrue(refused.getMessage().contains("importez d'abord"), refused.getMessage());
        assertEquals(before, workspace.contentDigest());
    }

    @Test
    void aHostileZipLeavesTheStoreUnchanged() throws Exception {
        importFile(zip("a.zip", table(), Entry.of("dossier-" + DOSSIER + "/statuts.pdf", statutes)));
        String before = workspace.contentDigest();
        Path hostile = zip(
                "hostile.zip",
                table(),
                Entry.of("dossier-" + DOSSIER + "/budget.pdf", budget),
                Entry.text("dossier-" + DOSSIER + "/../../../evil.sh", "rm -rf ~"));
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> importFile(hostile));
        assertTrue(refused.getMessage().contains("hostile.zip")
                && refused.getMessage().contains("evil.sh"));
        Path bomb = zip("bombe.zip", Entry.of("dossier-" + DOSSIER + "/b.pdf", new byte[8_000_000]));
        assertTrue(assertThrows(InputRefusedException.class, () -> importFile(bomb))
                .getMessage()
                .contains("bombe zip"));
        assertEquals(before, workspace.contentDigest());
    }

    @Test
    void theWorkspaceCapsApply() throws Exception {
        importFile(zip("a.zip", table()));
        workspace.settings().setAttachmentCapsMb(1, 10);
        Path big = zip("gros.zip", Entry.stored("dossier-" + DOSSIER + "/scan.pdf", TestZips.noise(1_200_000, 4)));
        String message =
                assertThrows(InputRefusedException.class, () -> importFile(big)).getMessage();
        assertTrue(message.contains("plus de 1 Mo"), message);
        workspace.settings().setAttachmentCapsMb(2, 10);
        assertEquals(1, importFile(big).attachments().added());
    }

    @Test
    void thePurgeDeletesTheFiles() throws Exception {
        importFile(zip("a.zip", table(), Entry.of("dossier-" + DOSSIER + "/statuts.pdf", statutes)));
        workspace.purgeCampaign();
        assertEquals(List.of(), workspace.attachments().list(DOSSIER));
    }
}
