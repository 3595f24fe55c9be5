package fr.ptce.workbench.domain.grid;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grids that ship with the workbench: the call's default grid "AMI PTCE émergents 2021", and the call's guidance
 * on how its criteria are read.
 *
 * <p>Each criterion's help text is the call's sentence in full (« Critères de sélection »); its label is shortened
 * from those words, never reworded. Version 1 of this grid had paraphrased labels and help texts;
 * a workspace that stored it keeps it, and the scores given on it, as they are: this is version 2, with
 * the same codes, blocks, weights and scale (so the same totals), only its texts changed.
 */
public final class Grids {

    /** The id of the default grid. */
    public static final String AMI_PTCE_2021 = "ami-ptce-emergents-2021";

    /** The version of the default grid that ships with this build. */
    public static final int AMI_PTCE_2021_VERSION = 2;

    /**
     * The call's guidance on reading the criteria, in its own words (« Critères de sélection »): shown with the grid
     * on the scoring screen, in the expert kit's instructions and in the user guide.
     */
    public static final String MATURITY_GUIDANCE = "«\u00a0L'objectif de la phase 1 de l'AMI étant d'identifier"
            + " largement les perspectives de développement de nouveaux PTCE à terme,"
            + " les critères de sélection seront entendus"
            + " au regard de la maturité du dossier lors de son dépôt en phase 1 et seront appréhendés de façon"
            + " proportionnée. […] Pourront être désignés lauréats de la phase 1 des dossiers dont les perspectives"
            + " seront considérées crédibles et sérieuses même si leur opérationnalité n'est pas acquise lors du dépôt"
            + " de dossier.\u00a0»";

    /** The id of the default phase-2 grid (the « dossier additionnel »). */
    public static final String AMI_PTCE_2021_PHASE2 = "ami-ptce-emergents-2021-phase-2";

    /** The version of the default phase-2 grid that ships with this build. */
    public static final int AMI_PTCE_2021_PHASE2_VERSION = 1;

    private Grids() {}

    /**
     * The default grid of a phase: {@link #amiPtce2021()} for phase 1, {@link #amiPtce2021Phase2()} for phase 2.
     *
     * @throws IllegalArgumentException for any other phase number
     */
    public static Grid builtIn(int phase) {
        return switch (phase) {
            case 1 -> amiPtce2021();
            case 2 -> amiPtce2021Phase2();
            default -> throw new IllegalArgumentException("No phase " + phase);
        };
    }

    /**
     * The default phase-2 grid: the call gives none, so its five criteria read the call's phase-2 sentences (one block
     * P, scale 0–5 in whole points, equal weights); each help text is the call's sentence it comes from.
     */
    public static Grid amiPtce2021Phase2() {
        List<Block> blocks = List.of(new Block("P", "Phase 2\u00a0: dossier additionnel"));
        List<Criterion> criteria = List.of(
                phase2(
                        "P1",
                        "Caractère décisif de l'appui financier de l'État",
                        "«\u00a0un appui financier de l'Etat pourrait être particulièrement décisif quant à"
                                + " l'émergence du PTCE\u00a0»"),
                phase2(
                        "P2",
                        "Fléchage sur l'animation des coopérations territoriales",
                        "«\u00a0prioritairement être fléchée sur le financement du temps de travail affecté à"
                                + " l'animation des coopérations territoriales\u00a0»"),
                phase2(
                        "P3",
                        "Qualité et réalisme du programme d'actions sur deux ans",
                        "«\u00a0indemniser pendant 2 ans de façon forfaitaire\u00a0»"),
                phase2(
                        "P4",
                        "Modèle économique et perspectives d'autonomie",
                        "«\u00a0l'élaboration du modèle économique du pôle\u00a0»"),
                phase2(
                        "P5",
                        "Indicateurs de suivi, conditions d'une troisième année",
                        "«\u00a0en fonction des résultats constatés lors des 2 premières années\u00a0»"));
        return new Grid(
                AMI_PTCE_2021_PHASE2,
                AMI_PTCE_2021_PHASE2_VERSION,
                "AMI PTCE émergents 2021 — phase 2",
                blocks,
                criteria,
                defaultScale(),
                null);
    }

    private static Criterion phase2(String code, String label, String help) {
        return new Criterion(code, label, help, "P", BigDecimal.ONE, null);
    }

    /**
     * The default grid of the call: blocks V, O, E, ten criteria in the call's words, scale 0–5 in whole points,
     * equal weights.
     */
    public static Grid amiPtce2021() {
        List<Block> blocks = List.of(
                new Block("V", "Vision stratégique et objectifs"),
                new Block("O", "Opérationnalité"),
                new Block("E", "Évaluation des résultats et impacts"));
        List<Criterion> criteria = List.of(
                criterion(
                        "V1",
                        "Crédibilité de la proposition, expériences, compétences et professionnalisme",
                        "Crédibilité de la proposition, expériences, compétences et professionnalisme"),
                criterion(
                        "V2",
                        "Qualité de l'analyse de positionnement stratégique et des partenariats développés"
                                + " ou mis en perspective",
                        "Qualité de l'analyse de positionnement stratégique (en fonction du territoire, du secteur,"
                                + " des acteurs, du contexte social et économique local) et des partenariats"
                                + " développés ou mis en perspective"),
                criterion(
                        "V3",
                        "Cohérence des objectifs, de la stratégie de coopération et de mutualisation au"
                                + " regard des enjeux identifiés",
                        "Cohérence des objectifs, de la stratégie de coopération et de mutualisation proposés au"
                                + " regard des enjeux identifiés"),
                criterion(
                        "V4",
                        "Valeur ajoutée des actions du PTCE (économique, sociale et environnementale)",
                        "Valeur ajoutée des actions du PTCE (économique, sociale et environnementale)"),
                criterion(
                        "V5",
                        "Caractère innovant du PTCE, de ses activités et de son processus de fonctionnement",
                        "Caractère innovant du PTCE, de ses activités et de son processus de fonctionnement\u00a0:"
                                + " développement d'actions de R&D, d'insertion et de formation, partenariats de"
                                + " recherche\u00a0; diffusion de l'innovation sous toutes ses formes (de produits, de"
                                + " processus, organisationnelle, territoriale, sociale et sociétale)"),
                criterion(
                        "O1",
                        "Qualité, pertinence et cohérence du plan d'action au regard des éléments précédents",
                        "Qualité, pertinence et cohérence du plan d'action au regard des éléments précédents"
                                + " (analyse de l'environnement social, économique et territorial, objectifs,"
                                + " stratégie)"),
                criterion(
                        "O2",
                        "Qualité des moyens financiers et d'autres ressources pour mettre en œuvre le plan"
                                + " d'action",
                        "Qualité des moyens financiers et d'autres ressources pour mettre en œuvre le plan"
                                + " d'action\u00a0: participation des entreprises et autres acteurs privés\u00a0;"
                                + " participation des collectivités territoriales"),
                criterion(
                        "O3",
                        "Pérennité de la démarche pour assurer une autonomie financière à moyen terme",
                        "Pérennité de la démarche pour assurer une autonomie financière à moyen terme"),
                criterion(
                        "E1",
                        "Indicateurs de suivi et d'évaluation",
                        "Indicateurs de suivi et d'évaluation de la réalisation du plan d'action, de l'atteinte"
                                + " des objectifs et des performances"),
                criterion(
                        "E2",
                        "Caractère exemplaire du PTCE en termes d'impacts durables sur le développement du"
                                + " territoire",
                        "Caractère exemplaire du PTCE en termes d'impacts durables sur le développement du"
                                + " territoire\u00a0: utilité sociale et environnementale dans le territoire\u00a0;"
                                + " évaluation du nombre d'emplois créés ou maintenus"));
        return new Grid(
                AMI_PTCE_2021,
                AMI_PTCE_2021_VERSION,
                "AMI PTCE émergents 2021",
                blocks,
                criteria,
                defaultScale(),
                null);
    }

    /** The default scale: 0 to 5 in whole points, each value with its meaning. */
    public static Scale defaultScale() {
        Map<BigDecimal, String> meanings = new LinkedHashMap<>();
        String[] words = {"non renseigné", "insuffisant", "faible", "correct", "bon", "excellent"};
        for (int i = 0; i < words.length; i++) {
            meanings.put(BigDecimal.valueOf(i), words[i]);
        }
        return new Scale(BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.ONE, meanings);
    }

    private static Criterion criterion(String code, String label, String help) {
        return new Criterion(code, label, help, code.substring(0, 1), BigDecimal.ONE, null);
    }
}
