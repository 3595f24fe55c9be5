package fr.ptce.workbench.domain.audit;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One change in the audit trail: who changed which field of a dossier's instruction, when, old → new value. */
public record AuditEntry(
        long id, OffsetDateTime at, String who, String dossierNumber, String field, String oldValue, String newValue) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(field, "field");
    }
}
