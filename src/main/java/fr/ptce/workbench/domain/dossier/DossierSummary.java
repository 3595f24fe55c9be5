package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
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
 * @param admissibility the admissibility the list shows (override, PESSII's annotation or computed)
 * @param depositedAt when the dossier was deposited on DS, null when the export did not say
 * @param wave the name of the dossier's wave, null while not known or when late for every wave
 */
public record DossierSummary(
        String number,
        String projectName,
        String structureName,
        String region,
        DossierState state,
        boolean absentFromLastImport,
        Admissibility admissibility,
        OffsetDateTime depositedAt,
        String wave) {

    public DossierSummary {
        Objects.requireNonNull(number, "number");
    }

    /** A summary whose deposit time and wave are not known. */
    public DossierSummary(
            String number,
            String projectName,
            String structureName,
            String region,
            DossierState state,
            boolean absentFromLastImport,
            Admissibility admissibility) {
        this(number, projectName, structureName, region, state, absentFromLastImport, admissibility, null, null);
    }

    /** The same summary with another admissibility shown. */
    public DossierSummary withAdmissibility(Admissibility shown) {
        return new DossierSummary(
                number, projectName, structureName, region, state, absentFromLastImport, shown, depositedAt, wave);
    }

    /** The same summary in a wave (by name). */
    public DossierSummary inWave(String waveName) {
        return new DossierSummary(
                number,
                projectName,
                structureName,
                region,
                state,
                absentFromLastImport,
                admissibility,
                depositedAt,
                waveName);
    }
}
