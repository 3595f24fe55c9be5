package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.dossier.LabelFolding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of the « Dépenses prévisionnelles » repetition sheet ({@code Dossier ID}, {@code Ligne}, then one
 * column per sub-champ), each column found by its header. An unreadable amount, post or year is a {@link RowProblem}
 * naming the sheet, row and column; the line is kept with what could be read.
 */
public final class BudgetRows {

    static final String POST = "Poste";
    static final String YEAR = "Année";
    static final String STATE = "Montant demandé à l'État (€)";
    static final String OTHER = "Autres financements (€)";
    static final String DESCRIPTION = "Description";

    private final String sheet;
    private final List<String> headers;
    private final int dossier;
    private final int line;
    private final int post;
    private final int year;
    private final int state;
    private final int other;
    private final int description;

    public BudgetRows(String sheet, List<String> headers) {
        this.sheet = sheet;
        this.headers = List.copyOf(headers);
        this.dossier = indexOf("Dossier ID");
        this.line = indexOf("Ligne");
        this.post = indexOf(POST);
        this.year = indexOf(YEAR);
        this.state = indexOf(STATE);
        this.other = indexOf(OTHER);
        this.description = indexOf(DESCRIPTION);
    }

    /** Whether the sheet is the budget block: linked to the dossiers, with a post and a State amount. */
    public boolean isBudgetBlock() {
        return dossier >= 0 && post >= 0 && state >= 0;
    }

    /** One budget line of a dossier, and the problems met reading it. */
    public record Read(String dossierNumber, BudgetLine line, List<RowProblem> problems) {}

    /** Reads one row; empty for a row without a dossier number. */
    public Optional<Read> read(long rowNumber, List<String> values) {
        String number = value(values, dossier).strip().replaceFirst("\\.0+$", "");
        if (number.isEmpty()) {
            return Optional.empty();
        }
        List<RowProblem> problems = new ArrayList<>();
        String postText = value(values, post).strip();
        BudgetPost budgetPost = BudgetPost.fromLabel(postText).orElse(null);
        if (budgetPost == null && !postText.isEmpty()) {
            problems.add(problem(rowNumber, post, "poste inconnu\u00a0: «\u00a0" + postText + "\u00a0»"));
        }
        String yearText = value(values, year).strip();
        BudgetYear budgetYear = BudgetYear.fromLabel(yearText).orElse(null);
        if (budgetYear == null) {
            problems.add(problem(rowNumber, year, "année inconnue\u00a0: «\u00a0" + yearText + "\u00a0»"));
        }
        int lineNumber;
        try {
            lineNumber = Integer.parseInt(value(values, line).strip().replaceFirst("\\.0+$", ""));
        } catch (NumberFormatException e) {
            lineNumber = 0;
        }
        BudgetLine read = new BudgetLine(
                lineNumber,
                budgetPost,
                postText,
                budgetYear,
                yearText,
                amount(rowNumber, state, values, problems),
                amount(rowNumber, other, values, problems),
                value(values, description).strip());
        return Optional.of(new Read(number, read, problems));
    }

    private BigDecimal amount(long rowNumber, int column, List<String> values, List<RowProblem> problems) {
        String text = value(values, column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Amounts.parse(text);
        } catch (NumberFormatException e) {
            problems.add(problem(rowNumber, column, "montant illisible\u00a0: «\u00a0" + text + "\u00a0»"));
            return null;
        }
    }

    private RowProblem problem(long rowNumber, int column, String message) {
        return new RowProblem(sheet, rowNumber, column < 0 ? "" : headers.get(column), message);
    }

    private int indexOf(String header) {
        String folded = LabelFolding.fold(header);
        for (int i = 0; i < headers.size(); i++) {
            if (LabelFolding.fold(headers.get(i)).equals(folded)) {
                return i;
            }
        }
        return -1;
    }

    private static String value(List<String> values, int index) {
        if (index < 0 || index >= values.size() || values.get(index) == null) {
            return "";
        }
        return values.get(index);
    }
}
