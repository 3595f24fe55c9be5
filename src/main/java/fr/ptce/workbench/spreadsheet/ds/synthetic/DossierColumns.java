package fr.ptce.workbench.spreadsheet.ds.synthetic;

import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Dossiers} table of a DS export for one era: its headers and the typed values of a dossier's row
 * (String, OffsetDateTime, LocalDate or Long; null for an empty cell), in the order of formats.md §1.3–§1.4.
 */
final class DossierColumns {

    private DossierColumns() {}

    /** The headers; {@code csv} replaces {@code Entreprise raison sociale} with the establishment block. */
    static List<String> headers(DsEra era, boolean csv) {
        boolean now = era == DsEra.Y2025;
        List<String> headers = new ArrayList<>(List.of("ID", "Email"));
        if (now) {
            headers.add("FranceConnect ?");
        }
        if (csv) {
            headers.addAll(EstablishmentColumns.csvHeaders(era));
        } else {
            headers.add("Entreprise raison sociale");
        }
        headers.add(now ? "À archiver" : "Archivé");
        headers.add("État du dossier");
        headers.add("Dernière mise à jour le");
        if (now) {
            headers.add("Dernière mise à jour du dossier le");
        }
        headers.addAll(List.of(
                "Déposé le",
                "Passé en instruction le",
                "Traité le",
                "Motivation de la décision",
                "Instructeurs",
                "Groupe instructeur"));
        for (Champ champ : Champ.values()) {
            headers.add(champ.label());
            if (now && champ == Champ.REGION) {
                headers.add(champ.label() + " (Code)");
            }
        }
        return headers;
    }

    /** The row of a dossier, one value per header of {@link #headers}. */
    static List<Object> row(Dossier dossier, DsEra era, boolean csv) {
        boolean now = era == DsEra.Y2025;
        DsTracking t = dossier.tracking();
        List<Object> row = new ArrayList<>();
        row.add(dossier.number());
        row.add(t == null ? null : t.accountEmail());
        if (now) {
            row.add("false");
        }
        if (csv) {
            row.addAll(EstablishmentColumns.csvValues(dossier, era));
        } else {
            row.add(dossier.structure() == null ? null : dossier.structure().raisonSociale());
        }
        row.add(t == null ? null : Boolean.toString(t.archived()));
        row.add(t == null || t.state() == null ? null : t.state().label());
        row.add(t == null ? null : t.updatedAt());
        if (now) {
            row.add(t == null ? null : t.champsUpdatedAt());
        }
        row.add(t == null ? null : t.depositedAt());
        row.add(t == null ? null : t.instructionAt());
        row.add(t == null ? null : t.processedAt());
        row.add(t == null ? null : t.motivation());
        row.add(t == null ? null : t.instructors());
        row.add(t == null ? null : t.instructorGroup());
        for (Champ champ : Champ.values()) {
            String value = champValue(dossier, champ, era);
            if (champ.textarea()) {
                value = textarea(value, era);
            }
            row.add(value);
            if (now && champ == Champ.REGION) {
                row.add(DsReferenceData.regionCode(dossier.region()));
            }
        }
        return row;
    }

    /** A textarea value as DS exported it: HTML-escaped with CRLF line breaks in 2021, raw in 2025. */
    static String textarea(String value, DsEra era) {
        if (value == null || era == DsEra.Y2025) {
            return value;
        }
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static String champValue(Dossier d, Champ champ, DsEra era) {
        return switch (champ) {
            case PROJECT_NAME -> presence(d.projectName());
            case REGION -> presence(d.region());
            case STRUCTURE_NAME ->
                d.structure() == null ? null : presence(d.structure().name());
            case STRUCTURE_ADDRESS ->
                d.structure() == null ? null : presence(d.structure().address());
            case LEGAL_FORM ->
                d.structure() == null ? null : presence(d.structure().legalForm());
            case STATUTES ->
                d.attachments() == null ? null : presence(d.attachments().statutes());
            case REFERENT_NAME ->
                d.referent() == null ? null : presence(d.referent().name());
            case REFERENT_FUNCTION ->
                d.referent() == null ? null : presence(d.referent().function());
            case REFERENT_EMAIL ->
                d.referent() == null ? null : presence(d.referent().email());
            case REFERENT_PHONE ->
                d.referent() == null ? null : presence(d.referent().phone());
            case DECLARED_QPV ->
                yesNo(d.territory() == null ? null : d.territory().declaredQpv(), era);
            case DECLARED_ZRR ->
                yesNo(d.territory() == null ? null : d.territory().declaredZrr(), era);
            case BUDGET ->
                d.attachments() == null ? null : presence(d.attachments().budget());
            case ATTESTATION -> Boolean.TRUE.equals(d.attestation()) ? "on" : "off";
            case PESSII_ADMISSIBILITY ->
                d.annotations() == null ? null : presence(d.annotations().pessiiAdmissibility());
            case PESSII_COMMENT ->
                d.annotations() == null ? null : presence(d.annotations().pessiiComment());
            default -> sectionText(d, champ);
        };
    }

    private static String sectionText(Dossier d, Champ champ) {
        if (d.sections() == null) {
            return null;
        }
        for (Section section : Section.values()) {
            if (section.champ() == champ) {
                return presence(d.sections().text(section));
            }
        }
        throw new IllegalStateException("No column rule for champ " + champ);
    }

    private static String yesNo(Boolean answer, DsEra era) {
        if (answer == null) {
            // DS 2021 exported an unanswered yes/no champ as "Non"; the current format leaves it empty
            return era == DsEra.Y2021 ? "Non" : null;
        }
        return answer ? "Oui" : "Non";
    }

    /** Ruby's {@code value.presence}: DS writes nil for an empty champ. */
    private static String presence(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
