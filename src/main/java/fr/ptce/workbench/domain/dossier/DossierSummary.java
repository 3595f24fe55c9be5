package fr.ptce.workbench.domain.dossier;

import java.util.Objects;

/**
 * A line of the dossier list: the few fields a table of dossiers shows, without the section texts or raw row.
 *
 * @param number the DS dossier number
 * @param projectName the project name, null when not given
 * @param structureName the carrier structure's name, null when not given
 * @param region the region, null when not given
 * @param state the DS state, null when the export did not say
 * @param absentFromLastImport whether the latest import of the workspace no longer listed this dossier
 */
public record DossierSummary(
        String number,
        String projectName,
        String structureName,
        String region,
        DossierState state,
        boolean absentFromLastImport,
        Admissibility admissibility) {

    public DossierSummary {
        Objects.requireNonNull(number, "number");
    }
}
