package fr.ptce.workbench.application.samples;

import java.util.List;

/** Small lists of common French names and invented structure names for the synthetic dossiers. */
final class SampleNames {

    static final List<String> FIRST_NAMES = List.of(
            "Marie",
            "Nathalie",
            "Isabelle",
            "Sylvie",
            "Catherine",
            "Sophie",
            "Camille",
            "Léa",
            "Chloé",
            "Émilie",
            "Hélène",
            "Céline",
            "Jean",
            "Pierre",
            "Michel",
            "Nicolas",
            "Thomas",
            "Julien",
            "Aurélien",
            "François",
            "Stéphane",
            "Jérôme",
            "Loïc",
            "Benoît");

    static final List<String> LAST_NAMES = List.of(
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefebvre",
            "Michel",
            "Garcia",
            "David",
            "Bertrand",
            "Roux",
            "Vincent",
            "Fournier",
            "Morel",
            "Girard",
            "Bonnet",
            "Lefèvre");

    static final List<String> FUNCTIONS = List.of(
            "Directrice",
            "Directeur",
            "Coordinatrice du projet",
            "Coordinateur",
            "Président",
            "Présidente",
            "Chargée de développement",
            "Co-gérant de la SCOP",
            "Responsable de la recyclerie",
            "Déléguée générale");

    /** Patterns of structure names; {@code %s} is a place name. */
    static final List<String> STRUCTURES = List.of(
            "Recyclerie du Val de %s",
            "SCIC Les Jardins de %s",
            "Association Mobilité solidaire %s",
            "Ressourcerie du Pays de %s",
            "SCOP L’Atelier de %s",
            "CAE Coopérer à %s",
            "Épicerie solidaire de %s",
            "Garage solidaire de %s",
            "Association Les Circuits courts de %s",
            "SCIC Énergie citoyenne %s",
            "Tiers-lieu La Fabrique de %s",
            "Œuvre du réemploi de %s");

    /** Project names; {@code %s} is a place name. */
    static final List<String> PROJECTS = List.of(
            "PTCE Réemploi %s",
            "Pôle de coopération alimentaire de %s",
            "Mobilités solidaires en %s",
            "Campus de l’économie circulaire de %s",
            "Coopérative de territoire %s",
            "Fabrique des transitions de %s",
            "Pôle R&D sociale de %s");

    static final List<String> STREETS = List.of(
            "rue de la République",
            "place Victor Hugo",
            "avenue Jean Jaurès",
            "rue des Écoles",
            "boulevard Pasteur",
            "chemin des Vignes",
            "allée des Tilleuls",
            "rue du Moulin",
            "impasse des Lilas",
            "route de la Gare",
            "quai de la Loire",
            "rue Jeanne d’Arc");

    /** The instructors of the regional groups, invented e-mails. */
    static final List<String> INSTRUCTORS = List.of(
            "c.fournier@example.fr",
            "m.dubois@example.fr",
            "instruction.ptce@example.fr",
            "s.garcia@example.fr",
            "j.moreau@example.fr");

    static final List<String> MOTIVATIONS = List.of(
            "Dossier complet et conforme au cahier des charges.",
            "Projet retenu pour la première vague d’accompagnement.",
            "Porteur non éligible : forme juridique hors du champ de l’AMI.",
            "Dossier déposé hors délai, réorienté vers l’instruction au fil de l’eau.",
            "Le porteur a retiré sa candidature.");

    static final List<String> COMMENTS = List.of(
            "RAS.",
            "Relance envoyée au porteur pour la pièce manquante.",
            "Échange téléphonique avec la référente ; à revoir en comité.",
            "Dossier solide, gouvernance à préciser.\nVoir avec la Région pour le cofinancement.");

    private SampleNames() {}
}
