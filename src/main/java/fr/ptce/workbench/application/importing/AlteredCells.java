package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.dossier.SpreadsheetDamage;
import fr.ptce.workbench.persistence.dossier.DossierRepository;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of the Dossiers sheet a spreadsheet program altered — an error value ({@code #NAME?}, {@code Err:502}…)
 * or a formula it evaluated —, found as the rows stream in: each is named in the import report (a warning: the
 * value is kept as found) and its dossier flagged when the import ends.
 */
final class AlteredCells {

    private final Map<String, List<String>> byDossier = new LinkedHashMap<>();

    /**
     * Looks at one dossier's row; returns a report line per altered cell.
     *
     * @param computed the columns the reader saw computed by a spreadsheet program
     */
    List<RowProblem> check(
            String sheet,
            long rowNumber,
            String dossierNumber,
            List<String> headers,
            List<String> values,
            BitSet computed) {
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < headers.size() && i < values.size(); i++) {
            String value = values.get(i);
            if (computed.get(i) || SpreadsheetDamage.isErrorValue(value)) {
                String header = headers.get(i);
                byDossier.computeIfAbsent(dossierNumber, n -> new ArrayList<>()).add(header);
                problems.add(
                        new RowProblem(sheet, rowNumber, header, SpreadsheetDamage.describe(dossierNumber, value)));
            }
        }
        return problems;
    }

    /** Flags the altered dossiers among those the file listed, and clears the others. */
    void record(DossierRepository dossiers, Collection<String> listed) {
        dossiers.markAltered(listed, byDossier);
    }
}
