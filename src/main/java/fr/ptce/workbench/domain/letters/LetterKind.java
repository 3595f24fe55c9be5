package fr.ptce.workbench.domain.letters;

import static fr.ptce.workbench.domain.letters.LetterField.ANNEES_PHASE2;
import static fr.ptce.workbench.domain.letters.LetterField.DATE_COURRIER;
import static fr.ptce.workbench.domain.letters.LetterField.DATE_DECISION;
import static fr.ptce.workbench.domain.letters.LetterField.DATE_LIMITE_PHASE2;
import static fr.ptce.workbench.domain.letters.LetterField.DECIDEUR;
import static fr.ptce.workbench.domain.letters.LetterField.DECISION;
import static fr.ptce.workbench.domain.letters.LetterField.DOSSIER;
import static fr.ptce.workbench.domain.letters.LetterField.DOSSIER_PHASE1;
import static fr.ptce.workbench.domain.letters.LetterField.MONTANT_ANNEE1;
import static fr.ptce.workbench.domain.letters.LetterField.MONTANT_ANNEE2;
import static fr.ptce.workbench.domain.letters.LetterField.MONTANT_PHASE2;
import static fr.ptce.workbench.domain.letters.LetterField.MOTIVATION;
import static fr.ptce.workbench.domain.letters.LetterField.PORTEUR;
import static fr.ptce.workbench.domain.letters.LetterField.PROJET;
import static fr.ptce.workbench.domain.letters.LetterField.REFERENT;
import static fr.ptce.workbench.domain.letters.LetterField.REGION;
import static fr.ptce.workbench.domain.letters.LetterField.SUITE;

import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of letter, and which recorded decisions it answers: one template and one set of fields per kind — phase 1,
 * the invitation, phase 2 (laureate with its amount and two-year split, or not retained).
 */
public enum LetterKind {
    /** Every dossier the cabinet decided on in phase 1: laureate (« jugé conforme à l'esprit des PTCE ») or not. */
    PHASE1(
            "phase1",
            "Décision de la phase\u00a01 (lauréat / non retenu)",
            "décision de la phase\u00a01",
            EnumSet.of(
                    DOSSIER,
                    PROJET,
                    PORTEUR,
                    REFERENT,
                    REGION,
                    DECISION,
                    MOTIVATION,
                    SUITE,
                    DECIDEUR,
                    DATE_DECISION,
                    DATE_COURRIER),
            EnumSet.of(DOSSIER, DECISION)),
    /** The phase-1 laureates the cabinet invited to phase 2, with the deadline of the « dossier additionnel ». */
    INVITATION(
            "invitation",
            "Invitation à la phase\u00a02",
            "invitation à candidater à la phase\u00a02",
            EnumSet.of(
                    DOSSIER,
                    PROJET,
                    PORTEUR,
                    REFERENT,
                    REGION,
                    DECIDEUR,
                    DATE_DECISION,
                    DATE_COURRIER,
                    DATE_LIMITE_PHASE2,
                    MONTANT_PHASE2,
                    ANNEES_PHASE2),
            EnumSet.of(DOSSIER, DATE_LIMITE_PHASE2)),
    /**
     * Every phase-2 dossier the cabinet decided on: laureate of phase 2, with the fixed amount and its split over the
     * two years, or not retained.
     */
    PHASE2(
            "phase2",
            "Décision de la phase\u00a02 (lauréat / non retenu)",
            "décision de la phase\u00a02",
            EnumSet.of(
                    DOSSIER,
                    DOSSIER_PHASE1,
                    PROJET,
                    PORTEUR,
                    REFERENT,
                    REGION,
                    DECISION,
                    MOTIVATION,
                    SUITE,
                    DECIDEUR,
                    DATE_DECISION,
                    DATE_COURRIER,
                    MONTANT_PHASE2,
                    ANNEES_PHASE2,
                    MONTANT_ANNEE1,
                    MONTANT_ANNEE2),
            EnumSet.of(DOSSIER, DECISION, SUITE));

    private final String key;
    private final String label;
    private final String subject;
    private final Set<LetterField> fields;
    private final Set<LetterField> required;

    LetterKind(String key, String label, String subject, Set<LetterField> fields, Set<LetterField> required) {
        this.key = key;
        this.label = label;
        this.subject = subject;
        this.fields = fields;
        this.required = required;
    }

    /** The name of the kind on the command line ({@code --kind phase1}) and in file names. */
    public String key() {
        return key;
    }

    /** The French label of the kind chooser. */
    public String label() {
        return label;
    }

    /** The fields a template of this kind may use. */
    public Set<LetterField> fields() {
        return EnumSet.copyOf(fields);
    }

    /** The fields a template of this kind must use: without them the letter would not say what it is for. */
    public Set<LetterField> required() {
        return EnumSet.copyOf(required);
    }

    /** Whether this kind of letter goes to the dossier: only the cabinet's recorded decision counts. */
    public boolean answers(NationalDecision decision) {
        return switch (this) {
            case PHASE1 -> decision.decided() != null;
            case INVITATION -> decision.decidedInvited();
            case PHASE2 -> false;
        };
    }

    /** Whether this kind of letter goes to the phase-2 dossier: only the cabinet's recorded decision counts. */
    public boolean answers(Phase2Decision decision) {
        return this == PHASE2 && decision.decided() != null;
    }

    /** The subject of the e-mail that carries the letter. */
    public String subject(String dossierNumber) {
        return "AMI PTCE émergents — " + subject + " — dossier n°\u00a0" + dossierNumber;
    }

    public static Optional<LetterKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
