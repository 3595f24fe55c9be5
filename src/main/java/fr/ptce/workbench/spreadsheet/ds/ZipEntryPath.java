package fr.ptce.workbench.spreadsheet.ds;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one entry of a DS zip: why it is refused (leaving the archive's folder), and where it belongs (a
 * dossier's folder {@code dossier-<numéro>}, the tabular export beside them, or neither).
 */
final class ZipEntryPath {

    private static final Pattern DOSSIER_FOLDER = Pattern.compile("dossier[-_ ](\\d{1,18})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int MAX_NAME_CHARS = 1000;

    private final List<String> segments;

    private ZipEntryPath(List<String> segments) {
        this.segments = segments;
    }

    /** Why the name is refused, in French, or null when it stays inside the archive's folder. */
    static String refusal(String name) {
        if (name.isEmpty()) {
            return "entrée sans nom";
        }
        if (name.length() > MAX_NAME_CHARS) {
            return "nom d'entrée de plus de " + MAX_NAME_CHARS + " caractères";
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20) {
                return "nom d'entrée contenant un caractère de contrôle";
            }
        }
        String slashed = name.replace('\\', '/');
        if (slashed.startsWith("/")) {
            return "chemin absolu, qui sortirait du dossier d'extraction";
        }
        if (DRIVE.matcher(slashed).matches()) {
            return "chemin avec une lettre de lecteur, qui sortirait du dossier d'extraction";
        }
        for (String segment : slashed.split("/", -1)) {
            if (segment.equals("..")) {
                return "chemin contenant «\u00a0..\u00a0», qui sortirait du dossier d'extraction";
            }
        }
        return null;
    }

    /** Parses a name already checked by {@link #refusal}. */
    static ZipEntryPath of(String name) {
        List<String> parts = List.of(name.replace('\\', '/').split("/")).stream()
                .filter(s -> !s.isEmpty() && !s.equals("."))
                .toList();
        return new ZipEntryPath(parts);
    }

    /** The index of the first {@code dossier-<numéro>} folder, or -1. */
    private int dossierIndex() {
        for (int i = 0; i < segments.size() - 1; i++) {
            if (DOSSIER_FOLDER.matcher(segments.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The dossier number of the folder holding the entry, or null outside every dossier's folder. */
    String dossierNumber() {
        int index = dossierIndex();
        if (index < 0) {
            return null;
        }
        Matcher matcher = DOSSIER_FOLDER.matcher(segments.get(index));
        return matcher.matches() ? String.valueOf(Long.parseLong(matcher.group(1))) : null;
    }

    /** The folders between the dossier's folder and the file, "/"-joined. */
    String folderInDossier() {
        int index = dossierIndex();
        return index < 0 ? "" : String.join("/", segments.subList(index + 1, segments.size() - 1));
    }

    String fileName() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** Whether the entry is operating-system clutter (macOS resource forks, Finder and Explorer files). */
    boolean clutter() {
        String file = fileName().toLowerCase(Locale.ROOT);
        return segments.stream().anyMatch(s -> s.equals("__MACOSX"))
                || file.equals(".ds_store")
                || file.equals("thumbs.db")
                || file.equals("desktop.ini");
    }

    /** Whether the file is a tabular DS export by its name (xlsx, ods or csv). */
    boolean tabular() {
        String file = fileName().toLowerCase(Locale.ROOT);
        return file.endsWith(".xlsx") || file.endsWith(".ods") || file.endsWith(".csv");
    }
}
