package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.Accents;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the dossier's statutes (champ 6, « Statuts de la structure porteuse », a file) are among the files a DS zip
 * export brought: found, missing, or unknown when no zip brought the dossier's files (the tabular export holds the
 * file's name only, and the workbench does not guess).
 *
 * <p>A file is the statutes when its name is the one the champ gives (DS's zip adds « -JJ-MM-AAAA-HH-MM-id » before
 * the extension, which is ignored), or, with an export template that renames files, when its folder or name speaks
 * of « statut ». The admissibility's completeness stays the champ's (filled or not): an export template may leave
 * some files out of the zip, so a file missing from it does not make the dossier incomplete, it is shown.
 */
public final class StatutesCheck {

    /** DS's suffix on the files of a zip export: {@code -02-05-2022-10-00-123} before the extension. */
    private static final Pattern DS_SUFFIX = Pattern.compile("-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}(-\\d+)?$");

    private StatutesCheck() {}

    /**
     * The verdict.
     *
     * @param found true when found, false when missing (the champ is empty, or the zip's files hold none), null when
     *     unknown (no file of the dossier is stored)
     * @param file the statutes' file when found
     */
    public record Verdict(Boolean found, Optional<DossierAttachment> file) {

        public static final Verdict UNKNOWN = new Verdict(null, Optional.empty());
    }

    public static Verdict assess(Dossier dossier, List<DossierAttachment> files) {
        String declared = dossier.valueOf(Champ.STATUTES);
        if (declared == null || declared.isBlank()) {
            return new Verdict(false, Optional.empty());
        }
        if (files.isEmpty()) {
            return Verdict.UNKNOWN;
        }
        List<String> names = List.of(declared.split(",\\s*")).stream()
                .map(StatutesCheck::stem)
                .filter(n -> !n.isEmpty())
                .toList();
        Optional<DossierAttachment> byName =
                files.stream().filter(f -> names.contains(stem(f.fileName()))).findFirst();
        Optional<DossierAttachment> found = byName.isPresent()
                ? byName
                : files.stream().filter(f -> fold(f.path()).contains("statut")).findFirst();
        return new Verdict(found.isPresent(), found);
    }

    /** The name without extension nor DS's suffix, folded: « Statuts-02-05-2022-10-00-12.PDF » → « statuts ». */
    static String stem(String fileName) {
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return fold(DS_SUFFIX.matcher(base).replaceFirst(""));
    }

    private static String fold(String text) {
        return Accents.strip(text).toLowerCase(Locale.ROOT);
    }
}
