package fr.ptce.workbench.domain.dossier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the DS procedure an export comes from, from DS's file name
 * {@code dossiers_<procedure path>_<YYYY-MM-DD_HH-MM>.<ext>}; renamed files share the key {@code *}.
 */
public final class ProcedureKey {

    /** The key of exports whose file name does not tell their procedure. */
    public static final String UNKNOWN = "*";

    private static final Pattern DS_FILE_NAME =
            Pattern.compile("^dossiers_(.+)_\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}(?: \\(\\d+\\))?\\.[A-Za-z]+$");

    private ProcedureKey() {}

    public static String fromFileName(String fileName) {
        Matcher matcher = DS_FILE_NAME.matcher(fileName);
        return matcher.matches() ? matcher.group(1) : UNKNOWN;
    }
}
