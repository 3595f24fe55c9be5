package fr.ptce.workbench.domain.review;

/**
 * The seven eligibility criteria of the call (EL1–EL7); a dossier is eligible when at least four are met. Each has
 * the call's words in full (« Pour être éligibles, les projets déposés doivent répondre (ou avoir comme perspective
 * de répondre à moyen terme) à une majorité des critères suivants ») and a label shortened from them.
 */
public enum EligibilityCriterion {
    EL1(
            "Être un regroupement, sur un même territoire, de réseaux, entreprises et structures de l'économie sociale"
                    + " et solidaire qui s'associent à des entreprises industrielles ou commerciales",
            "Être un regroupement, sur un même territoire, de réseaux, entreprises et structures de l'économie"
                    + " sociale et solidaire qui s'associent à des entreprises industrielles ou commerciales, et le"
                    + " cas échéant à des collectivités locales, des centres de recherche et organismes de formation"),
    EL2(
            "Avoir un ancrage territorial des activités économiques",
            "Avoir un ancrage territorial des activités économiques"),
    EL3(
            "Investir dans la recherche et le développement territorial dans une visée d'innovation sociale ou la"
                    + " recherche d'une utilité sociale",
            "Investir dans la recherche et le développement territorial dans une visée d'innovation sociale ou la"
                    + " recherche d'une utilité sociale"),
    EL4(
            "Favoriser/viser la création, consolidation et/ou le développement d'emplois durables et de qualité",
            "Favoriser/viser la création, consolidation et/ou le développement d'emplois durables et de qualité"),
    EL5(
            "Favoriser le développement d'activités respectueuses des humains et de l'environnement",
            "Favoriser le développement d'activités respectueuses des humains et de l'environnement"),
    EL6(
            "Contribuer à la valorisation d'une diversité de ressources locales",
            "Contribuer à la valorisation d'une diversité de ressources locales\u00a0: matérielles, humaines et"
                    + " financières"),
    EL7(
            "Permettre l'implication de citoyens, d'acteurs et d'institutions de toutes tailles",
            "Permettre l'implication de citoyens, d'acteurs et d'institutions de toutes tailles");

    private final String label;
    private final String callText;

    EligibilityCriterion(String label, String callText) {
        this.label = label;
        this.callText = callText;
    }

    /** The criterion's label, shortened from the call's words (the call's text itself when it is short). */
    public String label() {
        return label;
    }

    /** The call's words for this criterion, in full (first letter capitalised). */
    public String callText() {
        return callText;
    }
}
