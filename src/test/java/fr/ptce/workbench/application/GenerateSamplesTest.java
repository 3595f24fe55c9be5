package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.DsEra;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSamplesTest {

    @TempDir
    Path folder;

    @Test
    void writesAFileNamedAsDsNamesItsExports() {
        Path xlsx = GenerateSamples.write(folder, 2025, 3, DsEra.Y2025, GenerateSamples.Format.XLSX);
        assertEquals(folder.resolve("dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx"), xlsx);
        assertTrue(Files.isRegularFile(xlsx));
    }

    @Test
    void sameSeedGivesTheSameCsvBytes() throws IOException {
        Path first = GenerateSamples.write(folder.resolve("a"), 2021, 24, DsEra.Y2021, GenerateSamples.Format.CSV);
        Path second = GenerateSamples.write(folder.resolve("b"), 2021, 24, DsEra.Y2021, GenerateSamples.Format.CSV);
        assertEquals(
                "dossiers_ami-ptce-emergents_2021-10-15_09-12.csv",
                first.getFileName().toString());
        assertEquals(-1L, Files.mismatch(first, second));
        assertEquals(
                24,
                Files.readString(first)
                        .lines()
                        .filter(l -> l.matches("^\\d{7},.*"))
                        .count());
    }
}
