package fr.ptce.workbench.domain.dossier;

/**
 * The champs of the "AMI PTCE émergents" procedure that the workbench understands, in form order, with their
 * DS label, whether admissibility requires them, and whether DS exports them as a textarea.
 */
public enum Champ {
    PROJECT_NAME("Nom du projet", true, false),
    REGION("Région", true, false),
    STRUCTURE_NAME("Nom de la structure porteuse", true, false),
    STRUCTURE_ADDRESS("Adresse de la structure porteuse", true, false),
    LEGAL_FORM("Forme juridique de la structure porteuse", true, false),
    STATUTES("Statuts de la structure porteuse", true, false),
    REFERENT_NAME("Nom et prénom de la personne référente", true, false),
    REFERENT_FUNCTION("Fonction au sein de la structure porteuse", true, false),
    REFERENT_EMAIL("Mail de la personne référente", true, false),
    REFERENT_PHONE("Téléphone portable de la personne référente", true, false),
    S1("Description de la structure porteuse du projet", true, true),
    S2("Description des objectifs et de la vision stratégique du (futur) PTCE", true, true),
    S3("Acteurs impliqués ou susceptibles d'être impliqués dans la dynamique collective", true, true),
    S4("Mode de gouvernance en place ou en perspective", true, true),
    S5("Périmètre géographique et ancrage territorial", true, true),
    DECLARED_QPV(
            "Le périmètre comprend-il un ou plusieurs quartiers prioritaires de la politique de la ville (QPV) ?",
            false,
            false),
    DECLARED_ZRR(
            "Le périmètre comprend-il des communes classées en zone de revitalisation rurale (ZRR) ?", false, false),
    S6("Actions déjà entamées ou envisagées à court, moyen et long terme", false, true),
    S7("Plan d'action prévisionnel sur 3 ans (optionnel)", false, true),
    S8("Implication des différentes catégories de membres (optionnel)", false, true),
    S9("Mise en réseau et articulation avec les politiques publiques (optionnel)", false, true),
    S10("Perspectives de financement prévisionnel (dépenses et recettes)", true, true),
    BUDGET("Budget prévisionnel (annexe facultative)", false, false),
    ATTESTATION("J'atteste l'exactitude des informations fournies", true, false),
    PESSII_ADMISSIBILITY("Recevabilité (PESSII)", false, false),
    PESSII_COMMENT("Commentaire PESSII", false, true);

    private final String label;
    private final boolean required;
    private final boolean textarea;
    private final String folded;

    Champ(String label, boolean required, boolean textarea) {
        this.label = label;
        this.required = required;
        this.textarea = textarea;
        this.folded = LabelFolding.fold(label);
    }

    /** The DS label (libellé), as the form shows it. */
    public String label() {
        return label;
    }

    /** Whether admissibility requires it filled (the attestation: ticked). */
    public boolean required() {
        return required;
    }

    /** Whether DS exports it as a textarea (HTML-escaped until mid-2025). */
    public boolean textarea() {
        return textarea;
    }

    String folded() {
        return folded;
    }
}
