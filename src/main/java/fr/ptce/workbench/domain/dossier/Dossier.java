package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
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
        return new Dossier(
                number,
                tracking,
                projectName,
                region,
                newStructure,
                referent,
                sections,
                territory,
                attachments,
                attestation,
                annotations,
                raw);
    }

    public Dossier withTerritory(Territory newTerritory) {
        return new Dossier(
                number,
                tracking,
                projectName,
                region,
                structure,
                referent,
                sections,
                newTerritory,
                attachments,
                attestation,
                annotations,
                raw);
    }

    /** The same dossier deposited at another time (DS's other dates unchanged). */
    public Dossier withDepositedAt(OffsetDateTime depositedAt) {
        DsTracking t = tracking;
        return new Dossier(
                number,
                new DsTracking(
                        t.state(),
                        t.archived(),
                        t.accountEmail(),
                        depositedAt,
                        t.updatedAt(),
                        t.champsUpdatedAt(),
                        t.instructionAt(),
                        t.processedAt(),
                        t.motivation(),
                        t.instructors(),
                        t.instructorGroup()),
                projectName,
                region,
                structure,
                referent,
                sections,
                territory,
                attachments,
                attestation,
                annotations,
                raw);
    }

    public Dossier withRaw(List<RawCell> newRaw) {
        return new Dossier(
                number,
                tracking,
                projectName,
                region,
                structure,
                referent,
                sections,
                territory,
                attachments,
                attestation,
                annotations,
                newRaw);
    }

    /** The text of a champ as the dossier holds it, null when empty; yes/no and checkbox as {@code Oui/Non}. */
    public String valueOf(Champ champ) {
        return switch (champ) {
            case PROJECT_NAME -> projectName;
            case REGION -> region;
            case STRUCTURE_NAME -> structure.name();
            case STRUCTURE_ADDRESS -> structure.address();
            case LEGAL_FORM -> structure.legalForm();
            case STATUTES -> attachments.statutes();
            case REFERENT_NAME -> referent.name();
            case REFERENT_FUNCTION -> referent.function();
            case REFERENT_EMAIL -> referent.email();
            case REFERENT_PHONE -> referent.phone();
            case DECLARED_QPV -> yesNo(territory.declaredQpv());
            case DECLARED_ZRR -> yesNo(territory.declaredZrr());
            case BUDGET -> attachments.budget();
            case ATTESTATION -> yesNo(attestation);
            case PESSII_ADMISSIBILITY -> annotations.pessiiAdmissibility();
            case PESSII_COMMENT -> annotations.pessiiComment();
            case S1, S2, S3, S4, S5, S6, S7, S8, S9, S10 -> emptyToNull(sections.text(Section.valueOf(champ.name())));
        };
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "Oui" : "Non";
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The source cells the workbench does not map to a field: shown as "autres champs". */
    public List<RawCell> otherFields() {
        return raw.stream().filter(c -> !c.known()).toList();
    }
}
