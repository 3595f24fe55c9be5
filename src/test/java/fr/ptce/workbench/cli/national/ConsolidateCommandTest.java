package fr.ptce.workbench.cli.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.cli.CommandLineRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidateCommandTest {

    @TempDir
    Path folder;

    /** A region's workbook exported through the command line. */
    private Path exported() {
        String region = folder.resolve("region").toString();
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        CommandLineRun.of("import", "--workspace", region, xlsx.toString()).ok();
        CommandLineRun.correspondent(region, "Bretagne");
        Path out = folder.resolve("avis-bretagne.xlsx");
        CommandLineRun run =
                CommandLineRun.of("export-avis", "--workspace", region, "--out", out.toString(), "--all-regions");
        assertEquals(0, run.status(), run.err());
        return out;
    }

    @Test
    void printsEachFilesOutcomeAndExitsOneWhenAFileIsRefused() throws IOException {
        Path avis = exported();
        // PESSII's workspace is created by its first consolidation, as a region's is by its first import
        String pessii = folder.resolve("pessii").toString();

        CommandLineRun first = CommandLineRun.of("consolidate", "--workspace", pessii, avis.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("avis-bretagne.xlsx\u00a0: accepté (12 dossiers)"), first.out());

        Path broken = Files.writeString(folder.resolve("abime.xlsx"), "pas un classeur", StandardCharsets.UTF_8);
        CommandLineRun second =
                CommandLineRun.of("consolidate", "--workspace", pessii, avis.toString(), broken.toString());
        assertEquals(1, second.status(), second.out());
        assertTrue(second.out().contains("avis-bretagne.xlsx\u00a0: déjà importé"), second.out());
        assertTrue(
                second.out()
                        .contains("abime.xlsx\u00a0: refusé — Fichier «\u00a0abime.xlsx\u00a0»\u00a0:" + " illisible"),
                second.out());
    }
}
