package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.domain.review.Governance;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expert's entries on one row of a kit's {@code Notation} sheet: scores by criterion code, comments by block
 * code, the overall comment, the democratic governance judgement (null when not given) and the conflict-of-interest
 * declaration.
 */
public record KitEntries(
        Map<String, BigDecimal> scores,
        Map<String, String> blockComments,
        String generalComment,
        Governance governance,
        boolean conflict) {

    public static final KitEntries EMPTY = new KitEntries(Map.of(), Map.of(), null, null, false);

    public KitEntries {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        blockComments = Collections.unmodifiableMap(new LinkedHashMap<>(blockComments));
        generalComment = generalComment == null || generalComment.isBlank() ? null : generalComment;
    }
}
