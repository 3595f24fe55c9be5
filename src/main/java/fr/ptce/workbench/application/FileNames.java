package fr.ptce.workbench.application;

import java.text.Normalizer;
import java.util.Locale;

/** The names of the files the workbench writes: lower case, no accents, words joined by hyphens. */
final class FileNames {

    private FileNames() {
    }

    /** {@code Île-de-France} → {@code ile-de-france}; the fallback when nothing is left. */
    static String slug(String text, String fallback) {
        String slug = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
