package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.spreadsheet.ds.DsExportSink;
import java.util.List;

/**
 * What {@link ImportDossiers} needs of a phase's sink: the one import mechanism (transaction, reader, refusals,
 * confirmation, history, report) streams a DS export into it, and the sink knows the phase's dossiers.
 */
interface PhaseSink extends DsExportSink {

    /** Whether the export had a Dossiers sheet at all; throws first if a column mapping is still needed. */
    boolean sawDossierSheet();

    /** Whether at least one of the file's dossiers was already in the workspace. */
    boolean sharesAKnownDossier();

    /** Stores what the file brought and returns the report's lists. */
    ImportOutcome finish(long importId);

    List<RowProblem> problems();

    /** The DS expert opinions read (phase 1's Avis sheet), 0 when the phase reads none. */
    int avisRows();

    /** Remembers the user's mapping for the procedure once the import succeeded. */
    void rememberMapping(String procedure);
}
