package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.spreadsheet.xlsx.ReadLimits;
import java.util.ArrayList;
import java.util.List;

/** Collects the row problems of one file, listing the first ones and counting the rest. */
final class ProblemList {

    private final List<RowProblem> problems = new ArrayList<>();
    private long unlisted;
    private String lastSheet;
    private long lastRow;

    void add(RowProblem problem) {
        lastSheet = problem.sheet();
        lastRow = problem.row();
        if (problems.size() < ReadLimits.MAX_LISTED_PROBLEMS) {
            problems.add(problem);
        } else {
            unlisted++;
        }
    }

    /** The problems in file order, ending with a summary line when some were only counted. */
    List<RowProblem> toList() {
        List<RowProblem> all = new ArrayList<>(problems);
        if (unlisted > 0) {
            all.add(new RowProblem(
                    lastSheet, lastRow, null, unlisted + " autres problèmes du même genre ne sont pas listés"));
        }
        return all;
    }
}
