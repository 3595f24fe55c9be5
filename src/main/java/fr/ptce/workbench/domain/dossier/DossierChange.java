package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What one import did to one dossier: new, changed (with the labels of the changed fields), unchanged or absent.
 *
 * @param number the DS dossier number
 * @param kind one of {@code NEW}, {@code CHANGED}, {@code UNCHANGED}, {@code ABSENT}
 * @param changedFields the labels of the changed fields, in the order the import found them; empty unless changed
 * @param importId the import that recorded the change
 * @param importedAt when that import ran, with the Europe/Paris offset of that instant
 */
public record DossierChange(
        String number, String kind, List<String> changedFields, long importId, OffsetDateTime importedAt) {

    public DossierChange {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        changedFields = List.copyOf(changedFields);
    }
}
