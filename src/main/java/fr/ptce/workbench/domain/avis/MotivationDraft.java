package fr.ptce.workbench.domain.avis;

import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.Review;
import java.util.ArrayList;
import java.util.List;

/** Drafts an avis motivation from a review's per-criterion comments, grouped by block, for the reviewer to edit. */
public final class MotivationDraft {

    private MotivationDraft() {}

    /**
     * One paragraph per block with comments: the block label, then one line per commented criterion,
     * {@code V1 — label : comment}; empty when the review has no comment.
     */
    public static String fromComments(Grid grid, Review review) {
        List<String> paragraphs = new ArrayList<>();
        for (Block block : grid.blocks()) {
            StringBuilder paragraph = new StringBuilder(block.label());
            boolean any = false;
            for (Criterion c : grid.criteria(block.code())) {
                String comment = review.score(c.code()).comment();
                if (comment != null) {
                    paragraph
                            .append('\n')
                            .append(c.code())
                            .append(" — ")
                            .append(c.label())
                            .append("\u00a0: ")
                            .append(comment.strip());
                    any = true;
                }
            }
            if (any) {
                paragraphs.add(paragraph.toString());
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
