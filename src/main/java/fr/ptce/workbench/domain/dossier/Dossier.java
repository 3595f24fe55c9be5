package fr.ptce.workbench.domain.dossier;

import java.util.List;
import java.util.Objects;

/**
 * A dossier of the call as imported from a DS export: the applicant's answers, DS's tracking data, and the
 * raw row kept verbatim so that nothing of the source is lost.
 *
 * @param number the DS dossier number, the key of a dossier everywhere
 */
public record Dossier(
        String number,
        DsTracking tracking,
        String projectName,
        String region,
        CarrierStructure structure,
        Referent referent,
        Sections sections,
        Territory territory,
        Attachments attachments,
        Boolean attestation,
        Annotations annotations,
        List<RawCell> raw) {

    public Dossier {
        Objects.requireNonNull(number, "number");
        raw = List.copyOf(raw);
    }

    public Dossier withStructure(CarrierStructure newStructure) {
        return new Dossier(number, tracking, projectName, region, newStructure, referent, sections, territory,
                attachments, attestation, annotations, raw);
    }

    public Dossier withTerritory(Territory newTerritory) {
        return new Dossier(number, tracking, projectName, region, structure, referent, sections, newTerritory,
                attachments, attestation, annotations, raw);
    }

    /** The source cells the workbench does not map to a field: shown as "autres champs". */
    public List<RawCell> otherFields() {
        return raw.stream().filter(c -> !c.known()).toList();
    }
}
