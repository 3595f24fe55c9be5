package fr.ptce.workbench.application.phase2;

import fr.ptce.workbench.persistence.Database;
import java.time.Clock;

/**
 * Phase 2 of the call in one workspace, after the import: the « dossiers additionnels » as read with their checks and
 * link to phase 1, PESSII's phase-2 decisions and envelope, and the phase-2 national workbook.
 */
public final class Phase2Work {

    private final ReadPhase2Dossiers read;
    private final Phase2Decisions decisions;
    private final ExportPhase2National export;

    public Phase2Work(Database database, Clock clock) {
        this.read = new ReadPhase2Dossiers(database);
        this.decisions = new Phase2Decisions(database, clock);
        this.export = new ExportPhase2National(database, clock);
    }

    /** The phase-2 dossiers with their checks and their link to phase 1. */
    public ReadPhase2Dossiers read() {
        return read;
    }

    /** PESSII's phase-2 ranking, laureates, third years and envelope, and the cabinet's phase-2 decisions. */
    public Phase2Decisions decisions() {
        return decisions;
    }

    /** PESSII's phase-2 workbook and public list of the phase-2 laureates. */
    public ExportPhase2National export() {
        return export;
    }
}
