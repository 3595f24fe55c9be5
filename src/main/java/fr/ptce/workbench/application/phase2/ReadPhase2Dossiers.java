package fr.ptce.workbench.application.phase2;

import fr.ptce.workbench.domain.phase2.Phase1Link;
import fr.ptce.workbench.domain.phase2.Phase1Record;
import fr.ptce.workbench.domain.phase2.Phase2Checker;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the phase-2 dossiers with their checks and their link to phase 1 (to the phase-1 DS export's dossier or,
 * in PESSII's workspace, to the consolidated avis that holds it), and the way back from a phase-1 dossier.
 */
public final class ReadPhase2Dossiers {

    private final Database database;

    public ReadPhase2Dossiers(Database database) {
        this.database = database;
    }

    /** Every phase-2 dossier, ordered by number. */
    public List<Phase2View> all() {
        return database.inTransaction(ReadPhase2Dossiers::all);
    }

    /** Every phase-2 dossier in this transaction, ordered by number. */
    static List<Phase2View> all(Repositories r) {
        Context context = context(r);
        return r.phase2().all().values().stream().map(d -> view(context, d)).toList();
    }

    public Optional<Phase2View> byNumber(String number) {
        return database.inTransaction(r -> r.phase2().find(number).map(d -> view(context(r), d)));
    }

    /** The phase-2 dossiers that name this phase-1 dossier (one, unless an applicant filed twice). */
    public List<Phase2View> ofPhase1(String phase1Number) {
        return all().stream()
                .filter(v -> phase1Number.equals(v.dossier().phase1Number()))
                .toList();
    }

    /** Whether the workspace holds any phase-2 dossier. */
    public boolean any() {
        return database.inTransaction(r -> !r.phase2().numbers().isEmpty());
    }

    private record Context(Map<String, Phase1Record> phase1, boolean decisions, Map<String, Long> absent) {}

    private static Context context(Repositories r) {
        return new Context(
                r.phase2().phase1Records(),
                r.phase2().decisionsRecorded(),
                r.phase2().absent());
    }

    private static Phase2View view(Context context, Phase2Dossier dossier) {
        return new Phase2View(
                dossier,
                Phase2Checker.check(dossier),
                Phase1Link.of(dossier, context.phase1(), context.decisions()),
                context.absent().containsKey(dossier.number()));
    }
}
