package fr.ptce.workbench.application.common;

import fr.ptce.workbench.domain.Accents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The names of the files the workbench writes: lower case, no accents, words joined by hyphens. */
public final class FileNames {

    private FileNames() {}

    /** {@code Île-de-France} → {@code ile-de-france}; the fallback when nothing is left. */
    public static String slug(String text, String fallback) {
        String slug = Accents.strip(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * The workbook to write for a target given by the user: the target itself when it names an .xlsx file, else the
     * default name inside that folder; its parent folder is created.
     */
    public static Path xlsxTarget(Path target, String defaultName) {
        boolean folder = Files.isDirectory(target)
                || !String.valueOf(target.getFileName())
                        .toLowerCase(Locale.ROOT)
                        .endsWith(".xlsx");
        Path file = folder ? target.resolve(defaultName) : target;
        createParent(file);
        return file;
    }

    /** Creates the folder that will hold this file. */
    public static void createParent(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
