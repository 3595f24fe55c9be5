package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A 5,000-dossier export (xlsx, and its ods twin) written by the project's own generator imports, then re-imports, in
 * a separate JVM
 * limited to a 256 MB heap: the import streams and never holds the texts of the whole file.
 */
class LargeExportImportTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(
            value = GenerateSamples.Format.class,
            names = {"XLSX", "ODS"})
    void fiveThousandDossiersImportWithin256MbOfHeap(GenerateSamples.Format format)
            throws IOException, InterruptedException {
        Path export = GenerateSamples.write(folder, 5, 5000, DsEra.Y2021, format);
        Path workspace = folder.resolve("espace");

        String first = runWithSmallHeap("import", "--workspace", workspace.toString(), export.toString());
        assertTrue(first.contains("5000 dossiers — 5000 nouveaux"), first);
        String second = runWithSmallHeap("import", "--workspace", workspace.toString(), export.toString());
        assertTrue(second.contains("5000 inchangés"), second);
    }

    private static String runWithSmallHeap(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                "fr.ptce.workbench.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "import did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
