package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What the avis workbook says of a dossier besides the instruction: identity, territory and the admissibility the
 * import recorded, without the section texts or raw row, so that a whole workspace is read in two queries.
 *
 * @param number the DS dossier number
 * @param projectName the project name, null when not given
 * @param structureName the carrier structure's name, null when not given
 * @param legalForm the carrier structure's legal form, null when not given
 * @param legalCategory the INSEE legal category of the applicant's establishment, null when unknown
 * @param region the region, null when not given
 * @param depositedAt when the dossier was deposited, null when the export did not say
 * @param territory the declared answers and the communes of the perimeter
 * @param admissibility the admissibility computed when the dossier was last imported, null when not recorded
 */
public record DossierOutline(
        String number,
        String projectName,
        String structureName,
        String legalForm,
        InseeLegalCategory legalCategory,
        String region,
        OffsetDateTime depositedAt,
        Territory territory,
        Admissibility admissibility) {

    public DossierOutline {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(territory, "territory");
    }
}
