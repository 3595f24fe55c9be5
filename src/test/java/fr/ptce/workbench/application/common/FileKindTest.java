package fr.ptce.workbench.application.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.listing.DashboardSample;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class FileKindTest {

    private final StoreEngine engine;

    FileKindTest(StoreEngine engine) {
        this.engine = engine;
    }

    @TempDir
    Path folder;

    @Test
    void dsExportsAvisWorkbooksKitsAndOtherFilesAreToldApart() throws Exception {
        assertEquals(FileKind.DS_EXPORT, FileKind.of(SampleFiles.copy(SampleFiles.OCTOBER_2021_CSV, folder)));
        assertEquals(FileKind.DS_EXPORT, FileKind.of(SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder)));
        assertEquals(FileKind.DS_EXPORT, FileKind.of(Files.writeString(folder.resolve("export.ods"), "ods")));
        assertEquals(FileKind.OTHER, FileKind.of(Files.writeString(folder.resolve("notes.txt"), "bonjour")));
        // a DS zip export (dossiers' folders) is one; a workspace backup or another zip is not
        assertEquals(
                FileKind.DS_EXPORT,
                FileKind.of(fr.ptce.workbench.TestZips.write(
                        folder.resolve("export.zip"),
                        fr.ptce.workbench.TestZips.Entry.text("export/dossier-1/statuts.pdf", "%PDF-"))));
        assertEquals(
                FileKind.OTHER,
                FileKind.of(fr.ptce.workbench.TestZips.write(
                        folder.resolve("sauvegarde.zip"),
                        fr.ptce.workbench.TestZips.Entry.text("workspace.mv.db", "H2"))));
        // not a zip: taken for a DS export, whose import says what is wrong
        assertEquals(FileKind.DS_EXPORT, FileKind.of(Files.writeString(folder.resolve("faux.xlsx"), "pas un zip")));
        try (Workspace workspace = TestWorkspaces.open(engine, Clock.systemUTC())) {
            Path samples = Files.createDirectory(folder.resolve("samples"));
            DashboardSample.fill(workspace, samples);
            Path avis = folder.resolve("avis.xlsx");
            workspace
                    .exportAvis()
                    .toWorkbook(avis, ExportAvis.Scope.ALL_REGIONS, fr.ptce.workbench.domain.Progress.NONE);
            assertEquals(FileKind.AVIS_WORKBOOK, FileKind.of(avis));

            workspace.assignExperts().saveExpert("Odile Ferrand", "odile.ferrand@example.org", "CRESS Bretagne");
            String number = workspace.listDossiers().all().get(0).number();
            Path kit = workspace
                    .exportKit()
                    .export(
                            "odile.ferrand@example.org",
                            java.util.List.of(number),
                            false,
                            folder.resolve("kit.xlsx"),
                            java.util.Optional.empty())
                    .file();
            assertEquals(FileKind.EXPERT_KIT, FileKind.of(kit));
        }
    }
}
