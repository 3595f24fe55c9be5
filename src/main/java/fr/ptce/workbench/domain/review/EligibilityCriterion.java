package fr.ptce.workbench.domain.review;

/** The seven eligibility criteria of the call (EL1–EL7); a dossier is eligible when at least four are met. */
public enum EligibilityCriterion {
    EL1("Regroupement sur un même territoire de structures de l'ESS avec des entreprises (et des collectivités,"
            + " de la recherche, de la formation)"),
    EL2("Ancrage territorial des activités économiques"),
    EL3("Démarche de R&D et de développement territorial visant l'innovation sociale ou l'utilité sociale"),
    EL4("Création ou consolidation d'emplois durables et de qualité"),
    EL5("Activités respectueuses des personnes et de l'environnement"),
    EL6("Valorisation des ressources locales diverses (matérielles, humaines, financières)"),
    EL7("Implication des citoyens, des acteurs et des institutions de toutes tailles");

    private final String label;

    EligibilityCriterion(String label) {
        this.label = label;
    }

    /** The criterion as the call words it. */
    public String label() {
        return label;
    }
}
