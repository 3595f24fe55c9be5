package fr.ptce.workbench.domain.dossier;

import java.util.List;

/**
 * The columns DS writes before the champs of the form, with every header DS has used for them across eras
 * and export templates (formats.md §1.3 and §1.10).
 */
public enum FixedColumn {
    ID("ID", "N° dossier", "Dossier ID"),
    EMAIL("Email", "Adresse électronique"),
    FRANCE_CONNECT("FranceConnect ?", "France connecté ?"),
    RAISON_SOCIALE("Entreprise raison sociale"),
    ESTABLISHMENT_SIRET("Établissement SIRET"),
    ENTERPRISE_LEGAL_FORM("Entreprise forme juridique"),
    ENTERPRISE_LEGAL_FORM_CODE("Entreprise forme juridique code"),
    ARCHIVED("Archivé", "À archiver"),
    STATE("État du dossier"),
    UPDATED_AT("Dernière mise à jour le", "Date du dernier évènement"),
    CHAMPS_UPDATED_AT("Dernière mise à jour du dossier le", "Date de dernière modification (usager)"),
    DEPOSITED_AT("Déposé le", "Date de dépôt"),
    INSTRUCTION_AT("Passé en instruction le", "Date de passage en instruction"),
    PROCESSED_AT("Traité le", "Date de traitement"),
    MOTIVATION("Motivation de la décision"),
    INSTRUCTORS("Instructeurs"),
    INSTRUCTOR_GROUP("Groupe instructeur");

    private final List<String> headers;
    private final List<String> folded;

    FixedColumn(String... headers) {
        this.headers = List.of(headers);
        // exact comparison after folding case, accents and spaces, but keeping notes: "(usager)" is meaningful
        this.folded = this.headers.stream().map(FixedColumn::foldKeepingNotes).toList();
    }

    /** The header DS writes for this column in the standard export. */
    public String header() {
        return headers.get(0);
    }

    /** The fixed column a header names, across eras and templates. */
    public static java.util.Optional<FixedColumn> of(String header) {
        return HeaderMapping.fixedColumn(header);
    }

    boolean matches(String header) {
        return folded.contains(foldKeepingNotes(header));
    }

    private static String foldKeepingNotes(String header) {
        // a fixed header is compared whole: "Date de dernière modification (usager)" must keep its note
        return LabelFolding.fold(header.replace('(', '[').replace(')', ']'));
    }
}
