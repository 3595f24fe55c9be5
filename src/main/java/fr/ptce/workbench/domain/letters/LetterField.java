package fr.ptce.workbench.domain.letters;

import java.util.Arrays;
import java.util.Optional;

/**
 * A named field of a letter template, written {@code {{name}}} in the .docx (formats.md, « Out: letters and mail
 * merge »). Names are lower case, without accents, words joined by underscores, so that they survive any keyboard
 * and Word's spelling.
 */
public enum LetterField {
    DOSSIER("dossier", "numéro du dossier sur demarches-simplifiees.fr"),
    PROJET("projet", "nom du projet"),
    PORTEUR("porteur", "structure porteuse du projet"),
    REFERENT("referent", "nom du référent du projet («\u00a0Référent du projet\u00a0» s'il est inconnu)"),
    REGION("region", "région du dossier"),
    DECISION("decision", "la décision du cabinet, en une phrase"),
    MOTIVATION("motivation", "motivation de la décision (celle de l'avis régional)"),
    SUITE("suite", "ce que la décision ouvre au porteur, en une phrase"),
    DECIDEUR("decideur", "qui a décidé (par exemple «\u00a0Cabinet du ministre\u00a0»)"),
    DATE_DECISION("date_decision", "jour de la décision du cabinet"),
    DATE_COURRIER("date_courrier", "jour où les courriers sont préparés"),
    DATE_LIMITE_PHASE2("date_limite_phase2", "date limite du dépôt du dossier additionnel de la phase 2"),
    MONTANT_PHASE2("montant_phase2", "montant fixe accordé à chaque lauréat de la phase 2, en euros"),
    ANNEES_PHASE2("annees_phase2", "nombre d'années sur lesquelles ce montant est réparti"),
    DOSSIER_PHASE1("dossier_phase1", "numéro du dossier de phase 1 auquel le dossier additionnel se rattache"),
    MONTANT_ANNEE1(
            "montant_annee1", "part du montant accordé pour l'année 1, en euros («\u00a0—\u00a0» si non retenu)"),
    MONTANT_ANNEE2(
            "montant_annee2", "part du montant accordé pour l'année 2, en euros («\u00a0—\u00a0» si non retenu)");

    private final String key;
    private final String description;

    LetterField(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name written between double braces in a template. */
    public String key() {
        return key;
    }

    /** What the field holds, in French (formats.md, error messages). */
    public String description() {
        return description;
    }

    /** The field as a template writes it: {@code {{projet}}}. */
    public String placeholder() {
        return "{{" + key + "}}";
    }

    public static Optional<LetterField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
