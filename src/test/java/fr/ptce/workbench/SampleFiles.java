package fr.ptce.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the shared DS samples (test resources under {@code ds-samples/}) where a test needs a file. */
public final class SampleFiles {

    public static final String OCTOBER_2021_XLSX = "dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";
    public static final String OCTOBER_2021_CSV = "dossiers_ami-ptce-emergents_2021-10-15_09-12.csv";
    public static final String NOVEMBER_2021_XLSX = "dossiers_ami-ptce-emergents_2021-11-19_14-37.xlsx";
    public static final String SEPTEMBER_2025_XLSX = "dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx";

    private SampleFiles() {}

    public static Path copy(String name, Path folder) {
        Path target = folder.resolve(name);
        try (InputStream in = SampleFiles.class.getResourceAsStream("/ds-samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource ds-samples/" + name);
            }
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream key(String name) {
        return SampleFiles.class.getResourceAsStream("/ds-samples/" + name + ".key.json");
    }
}
