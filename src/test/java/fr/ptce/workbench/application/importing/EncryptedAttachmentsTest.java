package fr.ptce.workbench.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.TestZips;
import fr.ptce.workbench.TestZips.Entry;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.spreadsheet.ds.synthetic.SyntheticPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossiers' files of a zip export are encrypted like the rest of an encrypted workspace: their text is found in
 * the files of a plain workspace (the control), and nowhere in those of an encrypted one.
 */
class EncryptedAttachmentsTest {

    private static final String DOSSIER = "4847721";
    /**
     * Unusual words of the attachment's text, found only where the file is stored. Several short ones: H2 compresses
     * its pages (LZF), which cuts a plain text into runs of at most 32 bytes, so a long needle may never be whole.
     */
    private static final List<String> WORDS =
            List.of("Zephyrine", "Quartzite", "Ecotonale", "Brumaire", "Vendemiaire", "Thermidor", "Floreal");

    @TempDir
    Path folder;

    @Test
    void anAttachmentIsReadableInAPlainWorkspaceAndNotInAnEncryptedOne() throws Exception {
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, Files.createDirectories(folder.resolve("s")));
        byte[] statutes = SyntheticPdf.of(List.of("Statuts de l'association " + String.join(" ", WORDS)));
        Path zip = TestZips.write(
                folder.resolve("export.zip"),
                Entry.file("export/" + SampleFiles.OCTOBER_2021_XLSX, xlsx),
                Entry.of("export/dossier-" + DOSSIER + "/pieces_justificatives/statuts.pdf", statutes));

        Path plain = folder.resolve("plain");
        importInto(Workspace.open(plain), zip);
        assertTrue(
                WORDS.stream().anyMatch(word -> holds(plain, word)),
                "the control: the plain workspace holds words of the attachment's text");

        Path encrypted = folder.resolve("encrypted");
        importInto(Workspace.open(encrypted, "mot-de-passe-solide".toCharArray()), zip);
        for (String word : WORDS) {
            assertFalse(holds(encrypted, word), "the encrypted workspace never holds it in clear: " + word);
        }
    }

    private static void importInto(Workspace workspace, Path zip) {
        try (workspace) {
            workspace.importDossiers().fromFile(zip, ColumnMapping.NONE, Progress.NONE);
            assertEquals(1, workspace.attachments().list(DOSSIER).size());
        }
    }

    /** Whether any file of the workspace's folder holds this text (ASCII). */
    private static boolean holds(Path workspace, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
