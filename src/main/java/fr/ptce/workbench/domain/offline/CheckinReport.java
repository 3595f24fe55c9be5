package fr.ptce.workbench.domain.offline;

import java.util.List;

/**
 * What a check-in did: {@code sent} shared units and {@code auditEntries} audit rows written to the server in one
 * transaction, {@code keptServer} conflicts left to the server's version; or, when {@code conflicts} holds an
 * unresolved conflict, nothing at all ({@link #applied()} false).
 */
public record CheckinReport(
        List<OfflineChange> sent, int auditEntries, int keptServer, List<CheckinConflict> conflicts) {

    public CheckinReport {
        sent = List.copyOf(sent);
        conflicts = List.copyOf(conflicts);
    }

    /** Whether the changes were sent (no unresolved conflict). */
    public boolean applied() {
        return conflicts.isEmpty();
    }

    /** The dossiers with an unresolved conflict, in order, once each. */
    public List<String> conflictingDossiers() {
        return conflicts.stream().map(CheckinConflict::dossier).distinct().toList();
    }
}
