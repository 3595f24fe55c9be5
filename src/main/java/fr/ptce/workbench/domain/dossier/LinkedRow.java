package fr.ptce.workbench.domain.dossier;

import java.util.List;

/**
 * Reads the rows of a sheet that DS links to the {@code Dossiers} sheet by {@code Dossier ID}
 * (Etablissements, Avis, repetition blocks), finding each column by its header.
 */
abstract class LinkedRow {

    private final List<String> headers;
    private final int dossierColumn;

    LinkedRow(List<String> headers) {
        this.headers = List.copyOf(headers);
        this.dossierColumn = indexOf("Dossier ID");
    }

    /** Whether the header holds the link column at all. */
    boolean linked() {
        return dossierColumn >= 0;
    }

    final int indexOf(String header) {
        String folded = LabelFolding.fold(header.replace('(', '[').replace(')', ']'));
        for (int i = 0; i < headers.size(); i++) {
            if (LabelFolding.fold(headers.get(i).replace('(', '[').replace(')', ']'))
                    .equals(folded)) {
                return i;
            }
        }
        return -1;
    }

    final String dossierNumber(List<String> values) {
        return value(values, dossierColumn).strip();
    }

    static String value(List<String> values, int index) {
        if (index < 0 || index >= values.size() || values.get(index) == null) {
            return "";
        }
        return values.get(index);
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
