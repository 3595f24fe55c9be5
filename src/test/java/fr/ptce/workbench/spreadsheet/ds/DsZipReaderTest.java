package fr.ptce.workbench.spreadsheet.ds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.TestZips;
import fr.ptce.workbench.TestZips.Entry;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.spreadsheet.ds.synthetic.SyntheticPdf;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DS zip export: its layout read, its hostile variants refused with the file and the entry named. */
class DsZipReaderTest {

    @TempDir
    Path dir;

    private final byte[] statutes = SyntheticPdf.of(List.of("Statuts de l'association", "Article 1"));

    private Path dsZip() throws Exception {
        return TestZips.write(
                dir.resolve("dossiers_ami-ptce-emergents_2022-05-02_10-00.zip"),
                Entry.of("export/dossier-4847721/pieces_justificatives/statuts-02-05-2022-10-00-123.pdf", statutes),
                Entry.of("export/dossier-4847721/export-4847721-02-05-2022.pdf", SyntheticPdf.of(List.of("PDF"))),
                Entry.text("export/dossier-4847721/pieces_justificatives/notes.txt", "des notes"),
                Entry.of("export/dossier-5074121/Budget/budget.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}),
                Entry.text("export/__MACOSX/._x", "clutter"),
                Entry.text("export/LISEZMOI.md", "ignoré"),
                Entry.file(
                        "export/" + SampleFiles.OCTOBER_2021_XLSX,
                        SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, Files.createDirectories(dir.resolve("s")))));
    }

    private InputRefusedException refused(Path zip, ZipCaps caps) {
        return assertThrows(
                InputRefusedException.class,
                () -> new DsZipReader().open(zip, caps, Progress.NONE).close());
    }

    @Test
    void readsEachDossiersFilesByFolderAndCopiesTheTabularExport() throws Exception {
        Path zip = dsZip();
        assertTrue(DsZipReader.isArchive(zip));
        try (DsZipContent content = new DsZipReader().open(zip, ZipCaps.defaults(), Progress.NONE)) {
            assertEquals(
                    SampleFiles.OCTOBER_2021_XLSX,
                    content.tabular().orElseThrow().getFileName().toString());
            assertTrue(Files.size(content.tabular().orElseThrow()) > 1000);
            List<ZipAttachment> files = content.attachments();
            assertEquals(4, files.size(), files.toString());
            ZipAttachment first = files.get(0);
            assertEquals("4847721", first.dossierNumber());
            assertEquals("pieces_justificatives", first.folder());
            assertEquals("statuts-02-05-2022-10-00-123.pdf", first.fileName());
            assertEquals("application/pdf", first.mediaType());
            assertEquals(statutes.length, first.size());
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(statutes)),
                    first.sha256());
            assertEquals("", files.get(1).folder());
            assertEquals("text/plain", files.get(2).mediaType());
            assertEquals("5074121", files.get(3).dossierNumber());
            assertEquals("Budget", files.get(3).folder());
            assertEquals("image/png", files.get(3).mediaType());
            assertEquals(List.of("export/LISEZMOI.md"), content.ignored());
            try (InputStream in = content.open(first)) {
                assertEquals(statutes.length, in.readAllBytes().length);
            }
        }
    }

    @Test
    void theTabularCopyIsDeletedAtClose() throws Exception {
        Path tabular;
        try (DsZipContent content = new DsZipReader().open(dsZip(), ZipCaps.defaults(), Progress.NONE)) {
            tabular = content.tabular().orElseThrow();
            assertTrue(Files.exists(tabular));
        }
        assertFalse(Files.exists(tabular));
        assertFalse(Files.exists(tabular.getParent()));
    }

    @Test
    void workbooksAndOtherZipsAreNotDsArchives() throws Exception {
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, dir);
        assertFalse(DsZipReader.isArchive(xlsx));
        assertFalse(DsZipReader.isArchive(TestZips.write(dir.resolve("autre.xlsx"), Entry.text("a/b.txt", "x"))));
        assertTrue(DsZipReader.isArchive(TestZips.write(dir.resolve("vide.zip"), Entry.text("a/b.txt", "x"))));
    }

    @Test
    void pathsLeavingTheArchiveAreRefusedNamingFileAndEntry() throws Exception {
        for (String name : List.of(
                "export/dossier-1/../../evil.pdf", "/etc/evil.pdf", "C:\\Windows\\evil.pdf", "..\\dossier-1\\a.pdf")) {
            Path zip = TestZips.write(
                    dir.resolve("traversee.zip"), Entry.text("export/dossier-1/a.txt", "a"), Entry.text(name, "x"));
            String message = refused(zip, ZipCaps.defaults()).getMessage();
            assertTrue(message.contains("«\u00a0traversee.zip\u00a0»"), message);
            assertTrue(message.contains(name.replace('\\', '/')), message);
            assertTrue(message.contains("sortirait du dossier d'extraction"), message);
        }
    }

    @Test
    void symbolicLinksAreRefused() throws Exception {
        Path zip = TestZips.write(
                dir.resolve("lien.zip"), Entry.symlink("export/dossier-1/statuts.pdf", "/home/user/.ssh/id_rsa"));
        String message = refused(zip, ZipCaps.defaults()).getMessage();
        assertTrue(message.contains("export/dossier-1/statuts.pdf") && message.contains("lien symbolique"), message);
    }

    @Test
    void zipBombsAreRefusedByRatio() throws Exception {
        Path zip = TestZips.write(dir.resolve("bombe.zip"), Entry.of("dossier-1/a.pdf", new byte[5_000_000]));
        String message = refused(zip, ZipCaps.defaults()).getMessage();
        assertTrue(message.contains("bombe zip") && message.contains("dossier-1/a.pdf"), message);
    }

    @Test
    void filesAndArchivesOverTheCapsAreRefused() throws Exception {
        Path big = TestZips.write(
                dir.resolve("gros.zip"), Entry.stored("dossier-1/gros.pdf", TestZips.noise(2_100_000, 1)));
        String perFile = refused(big, ZipCaps.ofMegabytes(2, 100)).getMessage();
        assertTrue(perFile.contains("plus de 2 Mo") && perFile.contains("dossier-1/gros.pdf"), perFile);

        Path many = TestZips.write(
                dir.resolve("total.zip"),
                Entry.stored("dossier-1/a.pdf", TestZips.noise(700_000, 2)),
                Entry.stored("dossier-2/b.pdf", TestZips.noise(700_000, 3)));
        String total = refused(many, ZipCaps.ofMegabytes(1, 1)).getMessage();
        assertTrue(total.contains("dépasse 1 Mo") && total.contains("dossier-2/b.pdf"), total);

        Path entries = TestZips.write(
                dir.resolve("entrees.zip"),
                Entry.text("dossier-1/a.txt", "a"),
                Entry.text("dossier-1/b.txt", "b"),
                Entry.text("dossier-1/c.txt", "c"));
        String count =
                refused(entries, new ZipCaps(ZipCaps.MB, ZipCaps.MB, 2, 100)).getMessage();
        assertTrue(count.contains("3 entrées"), count);
    }

    @Test
    void truncatedArchivesAreRefused() throws Exception {
        Path whole = dsZip();
        for (double fraction : new double[] {0.3, 0.9, 0.999}) {
            Path cut = TestZips.truncated(whole, dir.resolve("tronque.zip"), fraction);
            String message = refused(cut, ZipCaps.defaults()).getMessage();
            assertTrue(message.contains("«\u00a0tronque.zip\u00a0»") && message.contains("tronquée"), message);
        }
    }

    @Test
    void anArchiveWithoutDossiersNorTableIsRefused() throws Exception {
        Path zip = TestZips.write(dir.resolve("photos.zip"), Entry.text("vacances/photo.jpg", "x"));
        assertTrue(refused(zip, ZipCaps.defaults()).getMessage().contains("dossier-<numéro>"));
    }

    @Test
    void twoTabularExportsAreRefused() throws Exception {
        Path zip =
                TestZips.write(dir.resolve("deux.zip"), Entry.text("a.csv", "ID\n1\n"), Entry.text("b.csv", "ID\n2\n"));
        assertTrue(refused(zip, ZipCaps.defaults()).getMessage().contains("deux exports tabulaires"));
    }

    @Test
    void mediaTypesComeFromTheBytesBeforeTheName() {
        assertEquals("application/pdf", MediaTypes.guess("statuts.doc", "%PDF-1.7".getBytes()));
        assertEquals("application/octet-stream", MediaTypes.guess("faux.pdf", "bonjour".getBytes()));
        assertEquals("text/plain", MediaTypes.guess("notes.txt", "bonjour".getBytes()));
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                MediaTypes.guess("statuts.docx", new byte[] {'P', 'K', 3, 4}));
        assertEquals("image/jpeg", MediaTypes.guess("scan", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    }
}
