package fr.ptce.workbench.ui.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.ui.common.ProgressViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list's total column sorts a partial total below every complete one, whatever its value. */
class ProgressColumnsTest {

    @Test
    void partialTotalsSortBetweenNoReviewAndCompleteTotals() {
        ProgressViewModel.Row none = null;
        ProgressViewModel.Row partialHigh = new ProgressViewModel.Row(false, new BigDecimal("90"), null, 9, 10);
        ProgressViewModel.Row partialLow = new ProgressViewModel.Row(false, new BigDecimal("6"), null, 1, 10);
        ProgressViewModel.Row completeLow = new ProgressViewModel.Row(true, new BigDecimal("40"), null, 10, 10);
        ProgressViewModel.Row completeHigh = new ProgressViewModel.Row(true, new BigDecimal("62"), null, 10, 10);
        List<ProgressViewModel.Row> rows =
                new ArrayList<>(java.util.Arrays.asList(completeHigh, partialLow, none, completeLow, partialHigh));
        rows.sort(ProgressColumns.TOTAL_ORDER);
        assertEquals(java.util.Arrays.asList(none, partialLow, partialHigh, completeLow, completeHigh), rows);
    }
}
