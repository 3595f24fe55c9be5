package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.Objects;

/**
 * Whether the carrier structure's legal form is one the call funds, and why: the status, the evidence it rests on,
 * the INSEE legal category when the export gave one, the declared form, a French explanation, and the
 * disagreement between the category and the declaration when they tell different things. A verdict flags; it
 * never blocks anything.
 *
 * @param category the establishment's INSEE legal category, with the nomenclature's label when the code is in it
 *     (else DS's), null when unknown
 * @param declaredForm the legal form the applicant declared, null when none
 * @param explanation why, in French, for the reviewer
 * @param disagreement in French, how the INSEE category and the declared form disagree; null when they agree or
 *     either is unknown
 */
public record LegalFormVerdict(Status status, Evidence evidence, InseeLegalCategory category, String declaredForm,
        String explanation, String disagreement) {

    /** The verdict's outcome. */
    public enum Status {
        /** An association, a cooperative: a form the call funds. */
        ELIGIBLE("éligible"),
        /** A form the call does not fund (public body, foundation, undeclared association, ordinary company…). */
        NOT_ELIGIBLE("non éligible"),
        /** A commercial company declaring the ESUS agreement, which no exported data shows: to check. */
        ESUS_TO_CHECK("agrément ESUS à vérifier"),
        /** Neither a category nor a readable declaration tells. */
        UNKNOWN("inconnue");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The French word, as shown and exported. */
        public String label() {
            return label;
        }
    }

    /** The evidence a verdict rests on, strongest first. */
    public enum Evidence {
        /** The INSEE legal category of the applicant's SIRET establishment. */
        INSEE_CATEGORY("catégorie juridique INSEE"),
        /** The legal form the applicant declared. */
        DECLARED_FORM("forme juridique déclarée"),
        /** Nothing: neither is given. */
        NONE("aucune");

        private final String label;

        Evidence(String label) {
            this.label = label;
        }

        /** The French words, as shown and exported. */
        public String label() {
            return label;
        }
    }

    public LegalFormVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The yes/no view the list and the exports had before the verdict: true for an eligible form, and for an ESUS
     * company whose agreement is to check (the declared form is one the call funds); false for another form; null
     * when unknown.
     */
    public Boolean eligible() {
        return switch (status) {
            case ELIGIBLE, ESUS_TO_CHECK -> Boolean.TRUE;
            case NOT_ELIGIBLE -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }

    /** Whether the INSEE category and the declared form disagree. */
    public boolean disagrees() {
        return disagreement != null;
    }
}
