package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.TestZips;
import fr.ptce.workbench.TestZips.Entry;
import fr.ptce.workbench.spreadsheet.ds.synthetic.SyntheticPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} takes a DS zip; {@code attachments} lists, extracts and sets the caps. */
class AttachmentsCommandTest {

    @TempDir
    Path folder;

    private final byte[] statutes = SyntheticPdf.of(List.of("Statuts"));

    private Path dsZip() throws Exception {
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, Files.createDirectories(folder.resolve("s")));
        return TestZips.write(
                folder.resolve("dossiers_ami-ptce-emergents_2022-05-02_10-00.zip"),
                Entry.file("export/" + xlsx.getFileName(), xlsx),
                Entry.of("export/dossier-4847721/pieces_justificatives/Statuts.pdf", statutes),
                Entry.text("export/dossier-4847721/pieces_justificatives/notes.txt", "notes"));
    }

    @Test
    void importTakesAZipAndAttachmentsListsAndExtractsTheFiles() throws Exception {
        String workspace = folder.resolve("w").toString();
        CommandLineRun imported = CommandLineRun.of("import", "--workspace", workspace, dsZip().toString());
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("pièces jointes\u00a0: 2 nouvelles"), imported.out());

        CommandLineRun list = CommandLineRun.of("attachments", "--workspace", workspace, "--dossier", "4847721");
        assertEquals(0, list.status(), list.err());
        assertTrue(
                list.out().startsWith("Dossier 4847721\u00a0: 2 pièces jointes — statuts\u00a0: trouvés"), list.out());
        assertTrue(list.out()
                .contains("pieces_justificatives/Statuts.pdf\t" + statutes.length + " octets\tapplication/pdf"));

        Path out = folder.resolve("pieces");
        CommandLineRun extracted = CommandLineRun.of(
                "attachments", "--workspace", workspace, "--dossier", "4847721", "--extract", out.toString());
        assertEquals(0, extracted.status(), extracted.err());
        assertTrue(extracted.out().contains("2 fichiers copiés"), extracted.out());
        assertArrayEquals(statutes, Files.readAllBytes(out.resolve("Statuts.pdf")));
        assertEquals("notes", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void theCapsAreWorkspaceSettingsAndAHostileZipExitsWithOne() throws Exception {
        String workspace = CommandLineRun.workspaceWithOctoberSample(folder);
        CommandLineRun caps = CommandLineRun.of("attachments", "--workspace", workspace, "--max-file-mb", "1");
        assertEquals(0, caps.status(), caps.err());
        assertTrue(caps.out().contains("1 Mo par pièce jointe, 2048 Mo"), caps.out());

        Path big = TestZips.write(
                folder.resolve("gros.zip"), Entry.stored("dossier-4847721/scan.pdf", TestZips.noise(1_100_000, 9)));
        CommandLineRun refused = CommandLineRun.of("import", "--workspace", workspace, big.toString());
        assertEquals(1, refused.status());
        assertTrue(
                refused.err().contains("«\u00a0gros.zip\u00a0»")
                        && refused.err().contains("plus de 1 Mo"),
                refused.err());

        CommandLineRun unknown = CommandLineRun.of("attachments", "--workspace", workspace, "--dossier", "1");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("n'est pas dans l'espace de travail"), unknown.err());
        assertEquals(
                2, CommandLineRun.of("attachments", "--workspace", workspace).status());
    }

    @Test
    void theSamplesGeneratorWritesAZipTwinThatImportsWithItsFiles() throws Exception {
        CommandLineRun generate =
                CommandLineRun.of("generate-samples", "--out", folder.toString(), "--count", "5", "--format", "ZIP");
        assertEquals(0, generate.status(), generate.err());
        Path zip = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.zip");
        assertTrue(Files.isRegularFile(zip));
        byte[] first = Files.readAllBytes(zip);
        CommandLineRun again =
                CommandLineRun.of("generate-samples", "--out", folder.toString(), "--count", "5", "--format", "ZIP");
        assertEquals(0, again.status(), again.err());
        assertArrayEquals(first, Files.readAllBytes(zip), "the same arguments give the same bytes");

        String workspace = folder.resolve("w").toString();
        CommandLineRun run = CommandLineRun.of("import", "--workspace", workspace, zip.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("5 dossiers — 5 nouveaux"), run.out());
        assertTrue(run.out().matches("(?s).*pièces jointes\u00a0: \\d+ nouvelles.*"), run.out());
        assertTrue(!run.out().contains("absents de l'espace"), run.out());

        try (var opened = fr.ptce.workbench.application.Workspace.open(Path.of(workspace))) {
            var dossiers = opened.listDossiers().all();
            long found = dossiers.stream()
                    .filter(d -> Boolean.TRUE.equals(
                            opened.attachments().statutes(d.number()).found()))
                    .count();
            long declared = dossiers.stream()
                    .filter(d -> opened.readDossiers()
                                    .byNumber(d.number())
                                    .orElseThrow()
                                    .dossier()
                                    .attachments()
                                    .statutes()
                            != null)
                    .count();
            assertTrue(declared > 0);
            assertEquals(declared, found, "every declared statutes file is in the zip twin");
            assertTrue(opened.attachments().list(dossiers.get(0).number()).stream()
                    .allMatch(a -> a.mediaType().equals("application/pdf")));
        }
    }
}
