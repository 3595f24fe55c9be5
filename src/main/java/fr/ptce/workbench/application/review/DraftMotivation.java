package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.avis.MotivationDraft;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;

/** Drafts the avis motivation of a dossier from the user's per-criterion comments, for them to edit. */
public final class DraftMotivation {

    private final Database database;

    public DraftMotivation(Database database) {
        this.database = database;
    }

    /** The draft, grouped by block; empty when the user has no comment on the dossier. */
    public String of(String number) {
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            Instruction.phaseOf(r, number);
            return r.reviews()
                    .find(number, me.email())
                    .map(review -> MotivationDraft.fromComments(Instruction.gridOf(r, review), review))
                    .orElse("");
        });
    }
}
