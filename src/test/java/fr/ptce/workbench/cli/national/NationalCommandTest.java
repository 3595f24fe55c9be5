package fr.ptce.workbench.cli.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.cli.CommandLineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decide}, {@code conflicts} and {@code national} on a PESSII workspace that consolidated two regions. */
class NationalCommandTest {

    private static final String FRAGILE = "4847721";
    private static final String NOT_FRAGILE = "5074121";

    @TempDir
    Path folder;

    private Path exported(String region) {
        String workspace = folder.resolve(region).toString();
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, createDirectory(folder.resolve("in-" + region)));
        CommandLineRun.of("import", "--workspace", workspace, xlsx.toString()).ok();
        CommandLineRun.correspondent(workspace, region);
        Path out = folder.resolve("avis-" + region + ".xlsx");
        CommandLineRun run =
                CommandLineRun.of("export-avis", "--workspace", workspace, "--out", out.toString(), "--all-regions");
        assertEquals(0, run.status(), run.err());
        return out;
    }

    private static Path createDirectory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void decidesResolvesAndExportsTheNationalRanking() throws IOException {
        Path bretagne = exported("Bretagne");
        Path normandie = exported("Normandie");
        String pessii = Files.createDirectory(folder.resolve("pessii")).toString();
        CommandLineRun.of("consolidate", "--workspace", pessii, bretagne.toString(), normandie.toString())
                .ok();
        CommandLineRun.pessii(pessii);

        CommandLineRun listed = CommandLineRun.of("conflicts", "--workspace", pessii);
        assertEquals(0, listed.status(), listed.err());
        assertTrue(
                listed.out()
                        .contains("avis-Normandie.xlsx — conflit\u00a0: dossier " + FRAGILE
                                + " aussi présent dans l'avis de la région Bretagne"),
                listed.out());
        CommandLineRun kept =
                CommandLineRun.of("conflicts", "--workspace", pessii, "--dossier", FRAGILE, "--keep", "Bretagne");
        assertEquals(0, kept.status(), kept.err());
        assertTrue(kept.out().startsWith("Dossier " + FRAGILE + "\u00a0: ligne de la région Bretagne retenue."));
        assertTrue(!kept.out().contains("dossier " + FRAGILE + " aussi"), kept.out());

        CommandLineRun refused =
                CommandLineRun.of("decide", "--workspace", pessii, "--dossier", FRAGILE, "--laureate", "oui");
        assertEquals(1, refused.status(), refused.out());
        assertTrue(
                refused.err()
                        .contains("Dossier n°\u00a0" + FRAGILE + "\u00a0: proposition comme lauréat de la"
                                + " phase\u00a01 refusée — non recevable\u00a0: incomplet\u00a0; éligibilité"
                                + " non renseignée par la"
                                + " région."),
                refused.err());

        Path out = folder.resolve("exports");
        CommandLineRun national = CommandLineRun.of(
                "national",
                "--workspace",
                pessii,
                "--out",
                out.toString(),
                "--public",
                out.resolve("invites.xlsx").toString(),
                "--tie-break",
                "O, V, E, dépôt");
        assertEquals(0, national.status(), national.err());
        assertTrue(national.out().contains("Dossiers\u00a0: 23 (départage\u00a0: O, V, E, dépôt)"), national.out());
        assertTrue(national.out().contains("Liste publique des invités en phase 2 écrite\u00a0: "), national.out());
        try (var files = Files.list(out)) {
            assertEquals(
                    2,
                    files.filter(f -> f.getFileName().toString().matches("national-.*\\.xlsx|invites" + "\\.xlsx"))
                            .count());
        }
        CommandLineRun badOrder =
                CommandLineRun.of("national", "--workspace", pessii, "--out", out.toString(), "--tie-break", "V, V");
        assertEquals(1, badOrder.status());
        assertTrue(
                badOrder.err()
                        .contains("Ordre de départage refusé\u00a0: critère de départage «\u00a0V\u00a0»" + " répété"),
                badOrder.err());
    }

    @Test
    void theNationalExportIsRefusedWithExitOneWithoutImportedWorkbooks() throws IOException {
        String pessii = Files.createDirectory(folder.resolve("pessii")).toString();
        CommandLineRun.pessii(pessii);
        CommandLineRun run = CommandLineRun.of("national", "--workspace", pessii, "--out", folder.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("Aucun classeur d'avis n'a été importé"), run.err());
    }
}
