package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.Champ;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses an export whose headers leave required champs unmatched: nothing is imported until the user
 * maps them (mapping dialog in the window, {@code --mapping FILE} on the command line).
 */
public final class ColumnMappingRequiredException extends RuntimeException {

    private final String fileName;
    private final List<String> headers;
    private final List<Champ> unmatched;
    private final transient List<List<String>> previewRows;

    public ColumnMappingRequiredException(
            String fileName, List<String> headers, List<Champ> unmatched, List<List<String>> previewRows) {
        super("Fichier «\u00a0" + fileName + "\u00a0», feuille «\u00a0Dossiers\u00a0»\u00a0: aucune colonne"
                + " ne correspond à "
                + unmatched.stream().map(c -> "«\u00a0" + c.label() + "\u00a0»").collect(Collectors.joining(", "))
                + ". Indiquez quelle colonne contient chacun de ces champs (correspondance des colonnes).");
        this.fileName = fileName;
        this.headers = List.copyOf(headers);
        this.unmatched = List.copyOf(unmatched);
        this.previewRows = previewRows.stream().map(List::copyOf).toList();
    }

    public String fileName() {
        return fileName;
    }

    /** The file's header row, to choose from. */
    public List<String> headers() {
        return headers;
    }

    /** The required champs no header matched. */
    public List<Champ> unmatched() {
        return unmatched;
    }

    /** The first data rows of the file, aligned with {@link #headers()}, to preview a column's values. */
    public List<List<String>> previewRows() {
        return previewRows;
    }
}
