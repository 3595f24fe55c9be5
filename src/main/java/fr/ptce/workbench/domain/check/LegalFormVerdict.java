package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether the carrier structure's legal form is one the call funds, and why: the status, the evidence it rests on,
 * the INSEE legal category when the export gave one, the declared form, the reason as data, and what the category
 * and the declaration each say when they tell different things. {@link LegalFormWords} words the reason and the
 * disagreement in the reader's language. A verdict flags; it never blocks anything.
 *
 * @param category the establishment's INSEE legal category, with the nomenclature's label when the code is in it
 *     (else DS's), null when unknown
 * @param declaredForm the legal form the applicant declared, null when none
 * @param reason why the verdict says what it says
 * @param inseeFamily what the INSEE category says the structure is; null without a usable category
 * @param declaredFamily what the declared form says, when it disagrees with the category; null otherwise
 */
public record LegalFormVerdict(
        Status status,
        Evidence evidence,
        InseeLegalCategory category,
        String declaredForm,
        LegalFormReason reason,
        LegalFamily inseeFamily,
        LegalFamily declaredFamily) {

    /** The verdict's outcome. */
    public enum Status {
        /** An association, a cooperative: a form the call funds. */
        ELIGIBLE,
        /** A form the call does not fund (public body, foundation, undeclared association, ordinary company…). */
        NOT_ELIGIBLE,
        /** A commercial company declaring the ESUS agreement, which no exported data shows: to check. */
        ESUS_TO_CHECK,
        /** Neither a category nor a readable declaration tells. */
        UNKNOWN;

        /** The French words, as exported ({@link LegalFormWords#status} in another language). */
        public String label() {
            return LegalFormWords.in(Locale.FRENCH).status(this);
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
        Objects.requireNonNull(reason, "reason");
    }

    /** Why, in French: the words of the files the workbench writes. */
    public String explanation() {
        return LegalFormWords.in(Locale.FRENCH).explanation(this);
    }

    /** How the category and the declared form disagree, in French; null when they do not. */
    public String disagreement() {
        return LegalFormWords.in(Locale.FRENCH).disagreement(this);
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
        return declaredFamily != null;
    }
}
