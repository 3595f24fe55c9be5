package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What one import did to one dossier: new, changed (with the labels of the changed fields), unchanged or absent.
 *
 * @param number the DS dossier number
 * @param kind what happened to the dossier
 * @param changedFields the labels of the changed fields, in the order the import found them; empty unless changed
 * @param importId the import that recorded the change
 * @param importedAt when that import ran, with the Europe/Paris offset of that instant
 */
public record DossierChange(
        String number, Kind kind, List<String> changedFields, long importId, OffsetDateTime importedAt) {

    /** What an import can do to a dossier; the store keeps the constant's name. */
    public enum Kind {
        /** First seen in this import. */
        NEW,
        /** Present before, with at least one field changed. */
        CHANGED,
        /** Present before, nothing changed. */
        UNCHANGED,
        /** In the workspace but not in this import's file. */
        ABSENT
    }

    public DossierChange {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        changedFields = List.copyOf(changedFields);
    }
}
